/**
 * The registration emails, made when the email job sends them (composer `big-events.registration-email`): the
 * job keeps the registration's id and the kind; the manage link is made again here from the stored seed, the pay
 * link from the registration's payment. An email whose moment has passed is not sent (a confirmation for a
 * registration no longer confirmed, an offer no longer held, a waitlist note for someone already promoted). The
 * confirmation carries the event's calendar file (lib/ics.ts) and, for an online event, the meeting link.
 */
import type { Payload } from 'payload'

import type { EmailAttachment, EmailComposer, QueuedEmail } from '@platform'
import { cutoffDeadline, publicSiteInfo, relationId } from '@platform'
import { formatMoney, langOf, type Lang } from '@platform/format'
import { buildEventIcs, eventUid, icsFilename } from '../lib/ics'
import { eventPlace, eventWhen, eventZone } from '../lib/facts'
import { BIG_EVENTS, REGISTRATIONS } from '../slugs'
import { EMAIL_KINDS, REGISTRATION_EMAIL, TEMPLATES, type RegistrationEmailArgs, type RegistrationEmailKind } from './emailKinds'
import { manageTokenAgain, manageUrl, payUrl } from './links'
import type { EventDoc, RegistrationDoc } from './seats'
import { momentText } from './texts'

/** The status a registration must still have for the email to make sense. */
const STILL: Partial<Record<RegistrationEmailKind, RegistrationDoc['status']>> = { confirmed: 'confirmed', offer: 'pending_payment', waitlisted: 'waitlisted' }

export const calendarFile = (event: EventDoc, { serverURL, link, lang }: { serverURL: string; link?: string; lang: Lang }): EmailAttachment => ({
  filename: icsFilename(event.slug),
  content: buildEventIcs({
    uid: eventUid(event.id, serverURL),
    start: new Date(event.startDate),
    end: new Date(event.endDate),
    summary: event.title,
    description: link ? `${lang === 'pl' ? 'Twój zapis' : 'Your registration'}: ${link}` : undefined,
    location: event.locationKind === 'online' ? (event.onlineUrl ?? undefined) : (event.location ?? undefined),
    url: link,
  }),
  contentType: 'text/calendar; method=PUBLISH; charset=UTF-8',
})

const paymentSession = async (payload: Payload, paymentId: number | null | undefined) => {
  if (paymentId == null) return undefined
  const payment = await payload.findByID({ collection: 'payments', id: paymentId, depth: 0, disableErrors: true, overrideAccess: true }) // trusted: the email job, the pay link of the visitor's own ticket
  return payment?.status === 'pending' ? (payment.sessionId ?? undefined) : undefined
}

export const composeRegistrationEmail = async (payload: Payload, args: RegistrationEmailArgs): Promise<QueuedEmail | undefined> => {
  if (!EMAIL_KINDS.includes(args.kind)) return undefined
  const registration = await payload.findByID({
    collection: REGISTRATIONS,
    id: args.registrationId,
    depth: 0,
    disableErrors: true,
    showHiddenFields: true,
    overrideAccess: true, // trusted: the email job, reading the registration it writes to (token seed included)
  })
  if (!registration) return undefined
  const still = STILL[args.kind]
  if (still && registration.status !== still) return undefined
  const event = await payload.findByID({ collection: BIG_EVENTS, id: relationId(registration.event)!, depth: 0, disableErrors: true, overrideAccess: true }) // trusted: the registration's own event
  const site = await publicSiteInfo({ payload }, registration.site)
  if (!event || !site) return undefined
  const lang = langOf(registration.locale)
  const serverURL = payload.config.serverURL
  const zone = eventZone(event)
  const token = manageTokenAgain(payload.secret, registration.tokenSeed, registration.token)
  const link = token ? manageUrl(serverURL, token) : undefined
  const data: Record<string, unknown> = {
    siteName: site.name,
    workshopSiteUrl: site.url,
    attendeeName: registration.name,
    workshopTitle: event.title,
    workshopWhen: eventWhen(event, lang),
    workshopPlace: eventPlace(event, lang),
    ...(link ? { registrationUrl: link } : {}),
  }
  const attachments: EmailAttachment[] = []
  if (args.kind === 'confirmed') {
    if (event.locationKind === 'online' && event.onlineUrl) data.meetingUrl = event.onlineUrl
    if ((registration.amount ?? 0) > 0) data.ticketPrice = formatMoney(registration.amount!, lang)
    const cutoffHours = event.cancelCutoffHours ?? 24
    data.cancelUntil = momentText(cutoffDeadline({ start: Date.parse(event.startDate), cutoffHours }), lang, zone)
    attachments.push(calendarFile(event, { serverURL, link, lang }))
  }
  if (args.kind === 'offer') {
    const sessionId = await paymentSession(payload, registration.paymentId)
    if (!sessionId || !registration.holdExpiresAt) return undefined
    data.ticketPayUrl = payUrl(serverURL, sessionId)
    data.holdUntil = momentText(registration.holdExpiresAt, lang, zone)
    data.ticketPrice = formatMoney(registration.amount ?? 0, lang)
  }
  if (args.kind === 'cancelled') data.refundComing = Boolean(args.refund)
  if ((args.kind === 'refunded' || args.kind === 'late-refund') && typeof args.amount === 'number') data.refundAmount = formatMoney(args.amount, lang)
  return {
    to: registration.email,
    template: TEMPLATES[args.kind],
    locale: lang,
    ownerId: site.ownerId,
    data,
    ...(attachments.length ? { attachments } : {}),
  }
}

export const registrationEmailComposer: EmailComposer = {
  name: REGISTRATION_EMAIL,
  compose: ({ payload, args }) => composeRegistrationEmail(payload, args as RegistrationEmailArgs),
}
