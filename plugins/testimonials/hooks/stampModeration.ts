/**
 * The moderation stamps, kept by the platform whoever writes (the moderation endpoint, the REST API, the admin's
 * edit form, an import): `moderatedAt` when the status changes (or a testimonial is created already decided),
 * `repliedAt` when the owner's public reply changes (cleared with the reply; a blank reply is none). The fields themselves refuse writes
 * over the API (collections/testimonials.ts), so these are the only values they ever hold.
 */
import type { CollectionBeforeChangeHook } from 'payload'

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

export const stampModeration: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  const now = new Date().toISOString()
  // A blank reply is no reply.
  if (data.reply !== undefined) data.reply = text(data.reply) || null
  if (operation === 'create') {
    data.moderatedAt = data.status && data.status !== 'pending' ? now : null
    data.repliedAt = text(data.reply) ? now : null
    return data
  }
  if (data.status !== undefined && data.status !== originalDoc?.status) data.moderatedAt = now
  if (data.reply !== undefined && text(data.reply) !== text(originalDoc?.reply)) data.repliedAt = text(data.reply) ? now : null
  return data
}
