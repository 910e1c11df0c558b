/**
 * The development mailbox: without SMTP_URL, messages are kept in the
 * `dev-mailbox` collection instead of being sent, so `npm run dev` shows
 * sign-in links without any mail server. Staff read it in the admin; nobody
 * writes to it over the API (the transport below writes as trusted code).
 */
import type { CollectionConfig, Payload } from 'payload'
import type { Transport } from 'nodemailer'

import { nobody, staffOnly } from '../access'
import { labels, t } from '../i18n/labels'

export const DEV_MAILBOX_SLUG = 'dev-mailbox' as const

export const DevMailbox: CollectionConfig = {
  slug: DEV_MAILBOX_SLUG,
  labels: labels(t('Dev mailbox message', 'Wiadomość (skrzynka deweloperska)'), t('Dev mailbox', 'Skrzynka deweloperska')),
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'createdAt'],
    group: t('Platform', 'Platforma'),
    description: t(
      'Messages the platform would have sent. Used when SMTP_URL is not set (development).',
      'Wiadomości, które platforma wysłałaby e-mailem. Używana, gdy SMTP_URL nie jest ustawiony (środowisko deweloperskie).',
    ),
  },
  access: { read: staffOnly, create: nobody, update: nobody, delete: staffOnly },
  fields: [
    { name: 'to', type: 'text', required: true, index: true, label: t('To', 'Do') },
    { name: 'from', type: 'text', label: t('From', 'Od') },
    { name: 'replyTo', type: 'text', label: t('Reply-To', 'Odpowiedz do') },
    { name: 'subject', type: 'text', label: t('Subject', 'Temat') },
    { name: 'messageId', type: 'text', index: true, label: t('Message-ID', 'Message-ID') },
    {
      // The message rendered (HTML in a sandboxed frame, links open in a new tab) and its text part: admin/MailboxMessage.tsx.
      name: 'message',
      type: 'ui',
      admin: { components: { Field: '/src/platform/email/admin/MailboxMessage#MailboxMessage' } },
    },
    { name: 'text', type: 'textarea', label: t('Plain text', 'Tekst'), admin: { hidden: true } },
    { name: 'html', type: 'textarea', label: t('HTML', 'HTML'), admin: { hidden: true } },
  ],
}

const addressList = (value: unknown): string => {
  if (!value) return ''
  if (Array.isArray(value)) return value.map(addressList).filter(Boolean).join(', ')
  if (typeof value === 'object' && value && 'address' in value) {
    const { name, address } = value as { name?: string; address: string }
    return name ? `${name} <${address}>` : address
  }
  return String(value)
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : Buffer.isBuffer(value) ? value.toString('utf8') : '')

/** A nodemailer transport that stores each message in the dev mailbox. */
export const devMailboxTransport = (getPayload: () => Payload | undefined): Transport<{ messageId: string }> => ({
  name: 'platform-dev-mailbox',
  version: '1',
  send: (mail, callback) => {
    const payload = getPayload()
    if (!payload) {
      callback(new Error('The dev mailbox is not ready (Payload has not started).'), { messageId: '' })
      return
    }
    const messageId = mail.message.messageId()
    const data = mail.data
    // Trusted platform code: the mailbox is written only here, never over the API.
    payload
      .create({
        collection: DEV_MAILBOX_SLUG,
        data: {
          to: addressList(data.to),
          from: addressList(data.from),
          replyTo: addressList(data.replyTo),
          subject: data.subject ?? '',
          messageId,
          text: asText(data.text),
          html: asText(data.html),
        },
        overrideAccess: true, // trusted: dev-mailbox is create: nobody; only this transport writes it, with no user
      })
      .then(() => {
        payload.logger.info(`Email "${data.subject ?? ''}" to ${addressList(data.to)} kept in the dev mailbox (no SMTP_URL set)`)
        callback(null, { messageId })
      })
      .catch((error: Error) => callback(error, { messageId }))
  },
})
