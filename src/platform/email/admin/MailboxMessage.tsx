'use client'
/** The dev mailbox's message as its recipient would read it (rendered HTML, links clickable, and the text part). */
import type { UIFieldClientComponent } from 'payload'

import { useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { EmailFrame } from './EmailFrame'

export const MailboxMessage: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const { html, text, subject } = useFormFields(([state]) => ({
    html: typeof state.html?.value === 'string' ? state.html.value : '',
    text: typeof state.text?.value === 'string' ? state.text.value : '',
    subject: typeof state.subject?.value === 'string' ? state.subject.value : '',
  }))
  const pl = i18n.language === 'pl'
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <EmailFrame html={html} text={text} pl={pl} title={subject || (pl ? 'Wiadomość' : 'Message')} />
    </div>
  )
}
