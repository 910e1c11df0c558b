/**
 * The site's sitemap.xml lists its event pages (the SDK's `sitePages` `sitemap`): published events that have not
 * started, in both languages with their alternates; a draft, a past or a cancelled event is not there, nor another
 * site's event. Publishing an event shows it in the next sitemap (events drop the site's cached pages).
 */
import type { TestPlatform } from '@platform/testing'
import { startTestPlatform, TEST_PUBLIC_URL } from '@platform/testing'
import { BIG_EVENTS } from '../slugs'
import { createEvent, get, inDays, siteWithSection } from './publicSupport'

let platform: TestPlatform
let identifier: string

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  const { site } = await siteWithSection(platform.payload)
  identifier = site.identifier
  const other = await siteWithSection(platform.payload, { name: 'Inne Studio' })
  await createEvent(platform.payload, site.id, { slug: 'joga-w-gorach', startDate: inDays(30), endDate: inDays(32) })
  await createEvent(platform.payload, site.id, { slug: 'szkic-wyjazdu', status: 'draft' })
  await createEvent(platform.payload, site.id, { slug: 'zeszloroczny-wyjazd', startDate: inDays(-300), endDate: inDays(-298) })
  await createEvent(platform.payload, site.id, { slug: 'odwolany-warsztat', status: 'cancelled' })
  await createEvent(platform.payload, other.site.id, { slug: 'cudzy-warsztat' })
}, 120_000)

afterAll(async () => {
  await platform?.close()
})

const sitemapLocs = async () => {
  const answer = await get(`${platform.baseURL}/s/${identifier}/sitemap.xml`)
  expect(answer.status).toBe(200)
  return { xml: answer.text, locs: [...answer.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname) }
}

test('lists the published, upcoming events in both languages with alternates, and nothing else', async () => {
  const { xml, locs } = await sitemapLocs()
  expect(locs).toEqual([`/s/${identifier}`, `/s/${identifier}/en`, `/s/${identifier}/events/joga-w-gorach`, `/s/${identifier}/en/events/joga-w-gorach`])
  // Sitemaps give the site's public addresses (the platform's PUBLIC_URL).
  const origin = new URL(TEST_PUBLIC_URL).origin
  const event = await platform.payload.find({ collection: BIG_EVENTS, where: { slug: { equals: 'joga-w-gorach' } }, overrideAccess: true }) // test inspection
  expect(xml).toContain(
    `<url><loc>${origin}/s/${identifier}/events/joga-w-gorach</loc><lastmod>${new Date(event.docs[0].updatedAt).toISOString()}</lastmod>` +
      `<xhtml:link rel="alternate" hreflang="pl" href="${origin}/s/${identifier}/events/joga-w-gorach"/>` +
      `<xhtml:link rel="alternate" hreflang="en" href="${origin}/s/${identifier}/en/events/joga-w-gorach"/></url>`,
  )
})

test('an event published after the sitemap was served is in the next one', async () => {
  await sitemapLocs()
  const draft = await platform.payload.find({ collection: BIG_EVENTS, where: { slug: { equals: 'szkic-wyjazdu' } }, overrideAccess: true }) // test inspection
  await platform.payload.update({ collection: BIG_EVENTS, id: draft.docs[0].id, data: { status: 'published' }, overrideAccess: true }) // test setup: the owner publishes
  const { locs } = await sitemapLocs()
  expect(locs).toContain(`/s/${identifier}/events/szkic-wyjazdu`)
  expect(locs).toContain(`/s/${identifier}/en/events/szkic-wyjazdu`)
  expect(locs.filter((loc) => /zeszloroczny|odwolany|cudzy/.test(loc))).toEqual([])
})
