/**
 * The owner's catalogue: every message sent on behalf of their sites (the `customizableEmails` plugins declare),
 * grouped, in the reader's language, each with the id of the owner's own version when there is one.
 */
import type { PayloadRequest } from 'payload'

import { customizableEmailGroups } from '../../src/platform/email/customizableEmails'
import type { Lang } from '../../src/platform/i18n/format'

export type OwnEmail = { slug: string; name: string; description: string; ownId: number | string | null }
export type OwnEmailGroup = { title: string; emails: OwnEmail[] }

/** The caller's own versions by slug, read as the caller (an owner reads only their own). */
export const ownVersions = async (req: PayloadRequest): Promise<Map<string, number | string>> => {
  if (!req.user) return new Map()
  const { docs } = await req.payload.find({
    collection: 'email-templates',
    where: { and: [{ owner: { equals: req.user.id } }, { isDefault: { equals: false } }] },
    pagination: false,
    depth: 0,
    select: { slug: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return new Map(docs.map((doc) => [doc.slug, doc.id]))
}

export const loadOwnEmails = async (req: PayloadRequest, lang: Lang): Promise<OwnEmailGroup[]> => {
  const own = await ownVersions(req)
  // The plugins' groups (bookings, newsletter, …) first, the platform's own (team) last.
  const groups = customizableEmailGroups(req.payload.config)
  const ordered = [...groups.filter((group) => group.plugin !== 'platform'), ...groups.filter((group) => group.plugin === 'platform')]
  return ordered.map((group) => ({
    title: group.title[lang],
    emails: group.emails.map((email) => ({
      slug: email.slug,
      name: email.name[lang],
      description: email.description[lang],
      ownId: own.get(email.slug) ?? null,
    })),
  }))
}
