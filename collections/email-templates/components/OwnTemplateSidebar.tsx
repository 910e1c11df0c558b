/**
 * The sidebar of an owner's own version (a ui field, server component): which message this is, who gets it,
 * that this wording is the one used, "Przywróć domyślną" and the way back to all emails. Replaces the slug,
 * owner and default fields, which an owner cannot change.
 */
import type { UIFieldServerProps } from 'payload'

import React from 'react'

import { findCustomizableEmail } from '../../../src/platform/email/customizableEmails'
import { langOf } from '../../../src/platform/i18n/format'
import { EMAILS_TEXTS, restoreTexts } from '../texts'
import { RestoreDefaultButton } from './EmailActions'
import './emails.css'

export function OwnTemplateSidebar({ data, i18n, payload, id }: UIFieldServerProps) {
  const lang = langOf(i18n?.language)
  const text = EMAILS_TEXTS[lang]
  const slug = typeof data?.slug === 'string' ? data.slug : ''
  const declared = findCustomizableEmail(payload.config, slug)
  const docId = (id ?? data?.id) as number | string | undefined
  const name = declared?.name[lang] ?? (typeof data?.name === 'string' ? data.name : '')
  return (
    <div className="platform-emails-sidebar" data-testid="own-email-sidebar">
      <h3>{text.sidebarTitle}</h3>
      {declared ? (
        <p>
          <strong>{name}</strong> – {declared.description[lang]}
        </p>
      ) : null}
      <p>{text.sidebarUsed}</p>
      <div className="platform-emails-sidebar__actions">
        {docId !== undefined ? <RestoreDefaultButton id={docId} name={name} after="emails" texts={restoreTexts(text)} /> : null}
        <a href={`${payload.config.routes.admin}/emails`}>{text.allEmails}</a>
      </div>
    </div>
  )
}
