import type { DemoSeed, EventListener, JobDefinition } from '@platform'
import { notify, queueEmail } from '@platform'

/** Pure: the moment before which a note counts as stale. */
export const staleBefore = (now: Date, days: number): Date => new Date(now.getTime() - days * 86_400_000)

/** A scheduled job (hourly), also run on demand with `{ now }`: a trusted platform job across all sites. */
export const markStaleNotes = (days: number): JobDefinition<{ now?: string }> => ({
  name: 'example.mark-stale-notes',
  lockLifetimeMs: 5 * 60_000,
  schedule: { every: '1 hour' },
  handler: async ({ now }, { payload }) => {
    const cutoff = staleBefore(now ? new Date(now) : new Date(), days).toISOString()
    await payload.update({
      collection: 'example-notes',
      where: { createdAt: { less_than: cutoff }, isStale: { equals: false } },
      data: { isStale: true },
      overrideAccess: true, // a trusted job: marks notes on every site
    })
  },
})

/** What the welcome says of the site, from its state when the job runs (a starter site may be published by then). */
export const welcomeMessage = ({ siteName, isPublished, locale }: { siteName: string; isPublished: boolean; locale: 'pl' | 'en' }): string =>
  locale === 'pl'
    ? isPublished
      ? `Strona „${siteName}” jest opublikowana.`
      : `Strona „${siteName}” została utworzona. Dodaj treść i opublikuj ją, gdy będzie gotowa.`
    : isPublished
      ? `Your site "${siteName}" is published.`
      : `Your site "${siteName}" has been created. Add content and publish it when it is ready.`

/** On `site.created` (its own retried job): the owner gets a welcome email in their language and a notification, both saying the site's real state. */
export const welcomeOwner: EventListener<'site.created'> = {
  event: 'site.created',
  name: 'example.welcome-owner',
  handler: async ({ siteId, ownerId }, { payload }) => {
    // A trusted job: reads the new site and its owner to address them.
    const [site, owner] = await Promise.all([
      payload.findByID({ collection: 'sites', id: siteId, overrideAccess: true }), // trusted job: the new site it was told about
      payload.findByID({ collection: 'users', id: ownerId, overrideAccess: true }), // trusted job: its owner, to address them
    ])
    const locale = owner.locale === 'en' ? 'en' : 'pl'
    const isPublished = Boolean(site.publishedVersion)
    const data = { siteName: site.name, firstName: owner.firstName ?? owner.email, isPublished }
    await queueEmail({ payload }, { to: owner.email, template: 'example-welcome', locale, data })
    // Leads to the site's home, where its card shows the state as it is now.
    const message = welcomeMessage({ siteName: site.name, isPublished, locale })
    await notify({ payload, userId: owner.id, siteId: site.id, type: 'example.welcome', message, link: `/admin?site=${site.id}` })
  },
}

/** Demo data: a visitor's note on each demo site. */
export const seedNotes: DemoSeed = async ({ payload, sites }) => {
  for (const site of sites)
    await payload.create({ collection: 'example-notes', data: { site: site.id, text: 'Dziękuję za spotkanie!', fromVisitor: true }, overrideAccess: true }) // a seed
}
