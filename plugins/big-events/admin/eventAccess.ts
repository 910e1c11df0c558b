/**
 * Who may use an event's attendee actions, checked in the endpoints' first lines: whoever manages the site's
 * content (owner, admin, editor) reads and acts; staff read (CSV, the list) for audit and change nothing; a host,
 * a viewer or another site's people get nothing. 401 signed out; 404 for an event the caller cannot read at all
 * (nobody learns which events exist); 403 for one they can read but not manage. Messages in the request's language.
 */
import type { PayloadRequest } from 'payload'

import { isStaffUser, jsonError, parseRecordId, relationId, requestLocale, roleIn, roleOnSite } from '@platform'
import type { Lang } from '@platform/format'
import { BIG_EVENTS } from '../slugs'

export type ManagedEvent = {
  id: number
  site: number
  title: string
  slug?: string | null
  status: string
  startDate: string
  endDate: string
  timeZone?: string | null
  details?: unknown
}

export type EventCaller = { event: ManagedEvent; lang: Lang; staff: boolean }

/** `pl` or `en` text by the request's language (the admin's switch, then Accept-Language). */
export const say = (req: PayloadRequest, pl: string, en: string) => (requestLocale(req) === 'en' ? en : pl)

export const eventForCaller = async (req: PayloadRequest, rawId: unknown, { write }: { write: boolean }): Promise<EventCaller | Response> => {
  const user = req.user
  if (!user) return jsonError(say(req, 'Zaloguj się.', 'Sign in first.'), 401)
  const id = parseRecordId(rawId)
  const notFound = () => jsonError(say(req, 'Nie ma takiego wydarzenia.', 'No such event.'), 404)
  if (id === undefined) return notFound()
  const event = await req.payload.findByID({ collection: BIG_EVENTS, id, depth: 0, disableErrors: true, overrideAccess: false, user, req })
  if (!event) return notFound()
  const staff = isStaffUser(user)
  const role = await roleOnSite(req, relationId(event.site))
  const manages = roleIn(role, 'content')
  if (!manages && !(staff && !write))
    return jsonError(
      staff
        ? say(req, 'Zespół platformy może tylko przeglądać uczestników.', 'Platform staff may only look at attendees.')
        : say(req, 'Uczestnikami zarządzają właściciel, administratorzy i redaktorzy strony.', 'Only the site’s owner, admins and editors manage attendees.'),
      403,
    )
  return { event: { ...(event as unknown as ManagedEvent), site: Number(relationId(event.site)) }, lang: requestLocale(req), staff: staff && !manages }
}
