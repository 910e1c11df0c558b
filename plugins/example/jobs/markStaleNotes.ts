import type { JobDefinition } from '@platform'

import { EXAMPLE_NOTES } from '../collections/exampleNotes'

/** Pure: the moment before which a note counts as stale. */
export const staleBefore = (now: Date, days: number): Date => new Date(now.getTime() - days * 24 * 60 * 60 * 1000)

export const markStaleNotesJob = ({ days, every }: { days: number; every: string | number }): JobDefinition<{ now?: string }> => ({
  name: 'example.mark-stale-notes',
  lockLifetimeMs: 5 * 60_000,
  schedule: { every },
  handler: async (data, { payload }) => {
    const cutoff = staleBefore(data.now ? new Date(data.now) : new Date(), days)
    // A trusted platform job working across all sites.
    await payload.update({
      collection: EXAMPLE_NOTES as 'clients',
      where: { and: [{ createdAt: { less_than: cutoff.toISOString() } }, { isStale: { equals: false } }] },
      data: { isStale: true } as never,
      overrideAccess: true,
    })
  },
})
