'use client'
/**
 * The template's bookkeeping fields (name, slug, category, default, owner) as Payload draws them, for staff only:
 * an owner editing their own version cannot change them and sees the sidebar's human words instead. (Not
 * `admin.condition`: a required field with a condition loses its NOT NULL in the database.)
 */
import type { CheckboxFieldClientComponent, RelationshipFieldClientComponent, TextFieldClientComponent } from 'payload'

import { CheckboxField, RelationshipField, TextField, useAuth } from '@payloadcms/ui'
import React from 'react'

const useIsStaff = () => Boolean((useAuth().user as { isStaff?: boolean } | null | undefined)?.isStaff)

export const StaffOnlyText: TextFieldClientComponent = (props) => (useIsStaff() ? <TextField {...props} /> : null)

export const StaffOnlyCheckbox: CheckboxFieldClientComponent = (props) => (useIsStaff() ? <CheckboxField {...props} /> : null)

export const StaffOnlyRelationship: RelationshipFieldClientComponent = (props) => (useIsStaff() ? <RelationshipField {...props} /> : null)
