/**
 * What the admin's navigation shows whom (collections' `admin.hidden`, asked the way Payload asks it): owners
 * and team members do not see platform and developer collections, staff still do; no navigation group holds an
 * entry of its own name ("Strony / Strony").
 */
import type { CollectionConfig } from 'payload'

import { isShownInAdmin } from '@platform'
import type { TestPlatform } from '@platform/testing'
import { addTeamMember, createSite, createUser, startTestPlatform } from '@platform/testing'

let platform: TestPlatform
const readers: Record<'owner' | 'editor' | 'staff', Record<string, unknown>> = {} as never

/**
 * Platform and developer collections: accounts, terms, raw version and media-usage rows, notifications (the bell shows them), sign-in links,
 * email templates (until an owner has a version of their own: collections/email-templates/test/ownEmails.test.ts).
 */
const PLATFORM_ONLY = ['users', 'terms-of-service', 'site-versions', 'media-usages', 'notifications', 'magic-links', 'email-templates']
/** What owners build with, which they must keep seeing. */
const OWNERS_TOOLS = ['sites', 'media-assets', 'team-members', 'clients', 'templates', 'custom-react-components']

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  const { payload } = platform
  const [owner, editor, staff] = await Promise.all([createUser(payload), createUser(payload), createUser(payload, { isStaff: true })])
  const site = await createSite(payload, owner.id)
  await addTeamMember(payload, site.id, editor.id, editor.email, 'editor')
  readers.owner = { ...owner, collection: 'users' }
  readers.editor = { ...editor, collection: 'users' }
  readers.staff = { ...staff, collection: 'users' }
}, 120_000)

afterAll(async () => {
  await platform?.close()
})

const collections = () => platform.payload.config.collections as unknown as CollectionConfig[]
const shownTo = (who: keyof typeof readers) =>
  collections()
    .filter((collection) => isShownInAdmin(collection, readers[who]))
    .map((collection) => collection.slug)

test("an owner's and an editor's admin has no platform or developer collection, and keeps what they build with", () => {
  for (const who of ['owner', 'editor'] as const) {
    const shown = shownTo(who)
    expect(shown.filter((slug) => PLATFORM_ONLY.includes(slug))).toEqual([])
    expect(OWNERS_TOOLS.filter((slug) => !shown.includes(slug))).toEqual([])
  }
})

test("staff's admin still has every collection an owner's lacks", () => {
  const staff = shownTo('staff')
  expect(PLATFORM_ONLY.filter((slug) => !staff.includes(slug))).toEqual([])
  const hiddenFromOwner = collections().filter((collection) => !isShownInAdmin(collection, readers.owner))
  // Left out for everyone: the platform's internal tables (outbox, sent messages, counters), hidden with `hidden: true`.
  const staffLacks = hiddenFromOwner
    .filter((collection) => collection.admin?.hidden !== true && !staff.includes(collection.slug))
    .map((collection) => collection.slug)
  expect(staffLacks).toEqual([])
})

/** A group's label against its entries' labels, in both languages ("Strony / Strony" is a group with an entry of its own name). */
const sameNameEntries = () => {
  const clashes: string[] = []
  for (const collection of collections()) {
    const group = collection.admin?.group
    const plural = collection.labels?.plural
    if (!group || typeof group !== 'object' || !plural || typeof plural !== 'object') continue
    for (const lang of ['pl', 'en'] as const) {
      const groupLabel = (group as Record<string, string>)[lang]
      if (groupLabel && groupLabel === (plural as Record<string, string>)[lang]) clashes.push(`${collection.slug} (${lang}: ${groupLabel})`)
    }
  }
  return clashes
}

test('no navigation group holds an entry of its own name', () => {
  expect(sameNameEntries()).toEqual([])
  const sites = collections().find((collection) => collection.slug === 'sites')!
  expect((sites.admin?.group as Record<string, string>).pl).not.toBe((sites.labels?.plural as Record<string, string>).pl)
})
