'use client'
/**
 * Publish, unpublish and cancel as plain buttons beside the event (the sidebar), each saving the form with the new
 * status; cancelling first asks, saying what follows (everyone told, paid seats refunded, no way back). What the
 * status means is one sentence under it. The server decides the rest (an event already over is refused there).
 */
import type { UIFieldClientComponent } from 'payload'

import { Button, ConfirmationModal, useDocumentInfo, useForm, useFormFields, useModal, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { adminTexts } from './texts'

const MODAL = 'big-event-cancel'

export const EventActions: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const texts = adminTexts(i18n.language === 'en' ? 'en' : 'pl')
  const { id } = useDocumentInfo()
  const { submit } = useForm()
  const { openModal } = useModal()
  const status = useFormFields(([fields]) => fields.status?.initialValue ?? fields.status?.value) as string | undefined
  const saveAs = async (next: string) => {
    await submit({ overrides: { status: next } })
  }

  const explanation = status === 'published' ? texts.statusPublished : status === 'cancelled' ? texts.statusCancelled : texts.statusDraft
  return (
    <div className="field-type big-events-actions" style={{ marginBottom: 24 }}>
      <p className="field-label" style={{ marginBottom: 4 }}>
        {texts.actionsTitle}
      </p>
      <p style={{ margin: '0 0 12px' }} data-status={status}>
        {explanation}
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {status === 'draft' || !status ? (
          <Button buttonStyle="primary" onClick={() => saveAs('published')} margin={false}>
            {texts.publish}
          </Button>
        ) : null}
        {status === 'published' ? (
          <Button buttonStyle="secondary" onClick={() => saveAs('draft')} margin={false}>
            {texts.unpublish}
          </Button>
        ) : null}
        {id && status !== 'cancelled' ? (
          <Button buttonStyle="error" onClick={() => openModal(MODAL)} margin={false}>
            {texts.cancelEvent}
          </Button>
        ) : null}
      </div>
      <ConfirmationModal
        modalSlug={MODAL}
        heading={texts.cancelTitle}
        body={<p>{texts.cancelExplain}</p>}
        confirmLabel={texts.cancelConfirm}
        cancelLabel={texts.keep}
        onConfirm={() => saveAs('cancelled')}
      />
    </div>
  )
}
