/**
 * The event's "Uczestnicy" / "Attendees" tab (a custom document view, /admin/collections/big-events/:id/attendees):
 * counts (confirmed, waiting for payment, waiting list, checked in), every registration with its status in words,
 * answers under the questions' labels, the amount paid and a check-in switch; the CSV download and a message to
 * attendees. Read with the user's own access; owners, admins and editors act, staff only look, anyone else on the
 * site is told the list is not for them.
 */
import type { DocumentViewServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { isStaffUser, parseRecordId, relationId, roleIn, roleOnSite } from '@platform'
import { requireAdminUser } from '@platform/admin'
import { BIG_EVENTS, REGISTRATIONS } from '../slugs'
import { attendeeCounts, attendeeRow, sortAttendees, type AttendeeRecord } from './attendees'
import { AttendeesPanel } from './AttendeesPanel'
import { adminTexts } from './texts'

export async function AttendeesView(props: DocumentViewServerProps) {
  const user = requireAdminUser(props)
  const { req } = props.initPageResult
  const lang = req.i18n.language === 'en' ? 'en' : 'pl'
  const texts = adminTexts(lang)
  const id = parseRecordId((props.doc as { id?: unknown } | undefined)?.id ?? props.routeSegments?.[2])
  const say = (text: string) => (
    <Gutter>
      <p style={{ marginTop: 24 }}>{text}</p>
    </Gutter>
  )
  if (id === undefined) return say(texts.saveEventFirst)
  const event = await req.payload.findByID({ collection: BIG_EVENTS, id, depth: 0, disableErrors: true, overrideAccess: false, user, req })
  if (!event) return say(texts.noAccess)
  const manages = roleIn(await roleOnSite(req, relationId(event.site)), 'content')
  if (!manages && !isStaffUser(user)) return say(texts.noAccess)
  const registrations = await req.payload.find({
    collection: REGISTRATIONS,
    where: { event: { equals: event.id } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
    req,
  })
  const records = registrations.docs as AttendeeRecord[]
  return (
    <Gutter>
      <AttendeesPanel
        eventId={event.id}
        lang={lang}
        readOnly={!manages}
        counts={attendeeCounts(records)}
        rows={sortAttendees(records, lang).map((record) => attendeeRow(record, event.details, lang))}
        csvUrl={`${req.payload.config.routes.api}/${BIG_EVENTS}/${event.id}/attendees.csv`}
        apiUrl={`${req.payload.config.routes.api}/${BIG_EVENTS}`}
      />
    </Gutter>
  )
}
