/**
 * The reminder, made when the email job sends it (composer `big-events.reminder-email`): the job keeps the
 * registration's id only; the manage link is made again here from the registration's seed. Nothing is sent when
 * the registration is no longer confirmed, the event is no longer published, or it has started meanwhile.
 * In the registration's language, with the calendar file, the place (the meeting link for an online event:
 * confirmed attendees only) and the manage link; replies go to the site's owner.
 */
import type { Payload } from 'payload'

import type { EmailAttachment, EmailComposer, QueuedEmail, SiteInfo } from '@platform'
import { publicSiteInfo, relationId, userContact } from '@platform'
import { langOf, type Lang } from '@platform/format'
import { eventPlace, eventWhen, eventZone, type EventFacts } from '../lib/facts'
import { buildEventIcs, eventUid, icsFilename } from '../lib/ics'
import { BIG_EVENTS, REGISTRATIONS } from '../slugs'
import { startsText } from './due'
import { manageUrl, registrationToken } from './manageLink'
import { REMINDER_EMAIL, REMINDER_TEMPLATE } from './names'

export type RemindedEvent = EventFacts & { id: number | string; title: string; slug?: string | null; status?: string | null; onlineUrl?: string | null }
export type RemindedRegistration = {
  id: number | string
  name: string
  email: string
  locale?: string | null
  status: string
  token?: string | null
  tokenSeed?: string | null
}

/** The template's values (pure). */
export const reminderData = ({
  event,
  registration,
  site,
  manage,
  lang,
  now,
}: {
  event: RemindedEvent
  registration: Pick<RemindedRegistration, 'name'>
  site: Pick<SiteInfo, 'name'>
  manage?: string
  lang: Lang
  now: Date
}): Record<string, unknown> => ({
  siteName: site.name,
  attendeeName: registration.name,
  bigEventTitle: event.title,
  bigEventStarts: startsText({ start: new Date(event.startDate), now, timeZone: eventZone(event), lang }),
  bigEventWhen: eventWhen(event, lang),
  bigEventPlace: eventPlace(event, lang),
  ...(event.locationKind === 'online' && event.onlineUrl ? { bigEventOnlineUrl: event.onlineUrl } : {}),
  ...(manage ? { bigEventManageUrl: manage } : {}),
})

/** The event's calendar file, the same entry (UID) as the confirmation's, with the place and the manage link. */
export const reminderCalendar = ({
  event,
  serverURL,
  manage,
  lang,
  now,
}: {
  event: RemindedEvent
  serverURL: string
  manage?: string
  lang: Lang
  now: Date
}): EmailAttachment => ({
  filename: icsFilename(event.slug),
  contentType: 'text/calendar; method=PUBLISH; charset=UTF-8',
  content: buildEventIcs({
    uid: eventUid(event.id, serverURL),
    start: new Date(event.startDate),
    end: new Date(event.endDate),
    summary: event.title,
    location: event.locationKind === 'online' ? (event.onlineUrl ?? undefined) : (event.location ?? undefined),
    ...(manage ? { description: `${lang === 'pl' ? 'Twój zapis' : 'Your registration'}: ${manage}`, url: manage } : {}),
    stamp: now,
  }),
})

export const composeReminderEmail = async ({ payload, args, now = new Date() }: { payload: Payload; args: Record<string, unknown>; now?: Date }) => {
  const { registrationId } = args
  if (typeof registrationId !== 'number' && typeof registrationId !== 'string') return undefined
  const registration = (await payload.findByID({
    collection: REGISTRATIONS,
    id: registrationId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // trusted: the email job, reading the registration it reminds (token seed included)
  })) as unknown as (RemindedRegistration & { event: unknown; site: unknown }) | null
  if (!registration || registration.status !== 'confirmed') return undefined
  const event = (await payload.findByID({
    collection: BIG_EVENTS,
    id: relationId(registration.event)!,
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // trusted: the event the reminder is about
  })) as unknown as RemindedEvent | null
  if (!event || event.status !== 'published' || Date.parse(event.startDate) <= now.getTime()) return undefined
  const site = await publicSiteInfo({ payload }, registration.site)
  if (!site) return undefined
  const serverURL = payload.config.serverURL
  const token = registrationToken(payload.secret, registration)
  if (!token) payload.logger.warn({ msg: `Big events reminder for registration ${registration.id}: its manage link cannot be made again; sent without it` })
  const manage = token ? manageUrl(serverURL, token) : undefined
  const lang = langOf(registration.locale)
  const owner = await userContact({ payload }, site.ownerId)
  const email: QueuedEmail = {
    to: registration.email,
    template: REMINDER_TEMPLATE,
    locale: lang,
    ownerId: site.ownerId,
    data: reminderData({ event, registration, site, manage, lang, now }),
    attachments: [reminderCalendar({ event, serverURL, manage, lang, now })],
    // Questions before the event go to the organiser.
    ...(owner?.email ? { replyTo: owner.email } : {}),
  }
  return email
}

export const reminderEmailComposer: EmailComposer = {
  name: REMINDER_EMAIL,
  compose: ({ payload, args }) => composeReminderEmail({ payload, args }),
}
