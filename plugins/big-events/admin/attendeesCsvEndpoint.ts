/**
 * GET /api/big-events/:id/attendees.csv: every registration of the event as CSV (csv.ts), headers and statuses in
 * the admin's language, one column per registration question by its label. The site's owner, admins and editors,
 * and staff (audit); read with the caller's own access.
 */
import type { Endpoint } from 'payload'

import { REGISTRATIONS } from '../slugs'
import { sortAttendees, type AttendeeRecord } from './attendees'
import { attendeesCsv } from './csv'
import { eventForCaller } from './eventAccess'

const filePart = (text: string | null | undefined) => (text ?? '').replace(/[^a-z0-9-]+/gi, '-').slice(0, 60) || 'wydarzenie'

export const attendeesCsvEndpoint: Endpoint = {
  path: '/:id/attendees.csv',
  method: 'get',
  handler: async (req) => {
    const caller = await eventForCaller(req, req.routeParams?.id, { write: false })
    if (caller instanceof Response) return caller
    const { event, lang } = caller
    const registrations = await req.payload.find({
      collection: REGISTRATIONS,
      where: { event: { equals: event.id } },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const csv = attendeesCsv(sortAttendees(registrations.docs as AttendeeRecord[], lang), event.details, lang)
    const name = `${lang === 'pl' ? 'uczestnicy' : 'attendees'}-${filePart(event.slug)}.csv`
    return new Response(csv, {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}
