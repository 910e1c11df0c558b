/**
 * The transactional outbox: one row per follow-up (a listener's job, an email)
 * written in the same transaction as the change it follows, so a committed
 * change always has its follow-up on record, and a rolled-back one never does.
 * The relay (relay.ts) moves committed rows into Agenda and marks them.
 *
 * Nobody reaches it over the API, staff included: only the platform's own code
 * writes and reads it, through the Local API (so PostgreSQL and MongoDB alike).
 */
import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/user'

export const OUTBOX_SLUG = 'platform-outbox' as const

export const Outbox: CollectionConfig = {
  slug: OUTBOX_SLUG,
  admin: { hidden: true },
  // Nobody edits these rows in the admin, so no edit locks (and no lock relations in the schema).
  lockDocuments: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'job', type: 'text', required: true },
    /** The job's data: ids and settings, never secrets (see CONVENTIONS, "Durable follow-ups"). */
    { name: 'data', type: 'json' },
    { name: 'runAt', type: 'date' },
    /** Stable per row: the job is queued unique on it, so a relay repeated after a crash queues nothing new. */
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'relayedAt', type: 'date', index: true },
  ],
}
