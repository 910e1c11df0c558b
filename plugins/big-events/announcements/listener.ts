/**
 * On `bigEvent.published`: starts the announcement job when the owner asked for it (`sendEmailOnPublish`) and it
 * has not gone out yet (`emailSent`). A listener's retry or a re-publish while a run is under way may start a
 * second run: harmless, each recipient is recorded once (announce.ts).
 */
import type { EventListener } from '@platform'
import { getJobs } from '@platform'
import { BIG_EVENTS } from '../slugs'
import { wantsAnnouncement } from './announce'
import { ANNOUNCE_JOB, ANNOUNCE_LISTENER } from './names'

export const announceOnPublish: EventListener<'bigEvent.published'> = {
  event: 'bigEvent.published',
  name: ANNOUNCE_LISTENER,
  handler: async ({ eventId }, { payload }) => {
    const event = await payload.findByID({ collection: BIG_EVENTS, id: eventId, depth: 0, disableErrors: true, overrideAccess: true }) // trusted listener: reads the event it was told about
    if (!wantsAnnouncement(event)) return
    await getJobs(payload).enqueue(ANNOUNCE_JOB, { eventId })
  },
}
