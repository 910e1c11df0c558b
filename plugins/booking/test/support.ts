/** Setup for the booking plugin's integration tests: dates relative to the real clock, in the site's zone. */
import type { Payload } from 'payload'

import type { ApiResponse } from '@platform/testing'

import { dateInZone, dayNumber, dateOfDayNumber, wallToInstant } from '../lib/wallClock'

export const ZONE = 'Europe/Warsaw'
const DAY = 86_400_000

/** `YYYY-MM-DD` in Warsaw, `days` after today. */
export const dayAhead = (days: number): string => dateOfDayNumber(dayNumber(dateInZone(Date.now(), ZONE)) + days)

/** The instant of `HH:MM` on a Warsaw calendar day. */
export const wallInstant = (date: string, time: string): number => wallToInstant(dayNumber(date), Number(time.slice(0, 2)) * 60 + Number(time.slice(3)), ZONE)

export const isoAt = (date: string, time: string): string => new Date(wallInstant(date, time)).toISOString()

export const range = (date: string, days = 1) => ({
  from: new Date(wallInstant(date, '00:00')).toISOString(),
  to: new Date(wallInstant(date, '00:00') + days * DAY).toISOString(),
})

export const setSettings = async (payload: Payload, siteId: number, data: Record<string, unknown>) => {
  const found = await payload.find({ collection: 'booking-settings', where: { site: { equals: siteId } }, overrideAccess: true })
  if (found.docs[0]) return payload.update({ collection: 'booking-settings', id: found.docs[0].id, data, overrideAccess: true })
  return payload.create({ collection: 'booking-settings', data: { site: siteId, ...data } as never, overrideAccess: true })
}

export const createBlock = async (payload: Payload, siteId: number, ownerId: number, data: Record<string, unknown>) =>
  payload.create({
    collection: 'availability-blocks',
    data: {
      site: siteId,
      assignedToOwner: ownerId,
      title: 'Consultation',
      startTime: '09:00',
      endTime: '12:00',
      meetingLength: 60,
      timeSnapping: 60,
      bufferTime: 0,
      ...data,
    } as never,
    overrideAccess: true,
  })

export const createClass = async (payload: Payload, siteId: number, ownerId: number, start: number, capacity: number) =>
  payload.create({
    collection: 'events',
    data: {
      site: siteId,
      assignedToOwner: ownerId,
      title: 'Yoga class',
      eventType: 'group',
      capacity,
      startTime: new Date(start).toISOString(),
      endTime: new Date(start + 3_600_000).toISOString(),
    } as never,
    overrideAccess: true,
  })

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON answers
type Json = any

/** Requests in English unless told otherwise (the endpoints answer in the caller's language, Polish by default). */
export const post = (baseURL: string, path: string, body: unknown, language = 'en'): Promise<ApiResponse<Json>> =>
  fetch(`${baseURL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language },
    body: JSON.stringify(body),
  }).then(async (response) => ({
    status: response.status,
    headers: response.headers,
    body: (await response.json().catch(() => undefined)) as Json,
  }))

export const get = (baseURL: string, path: string, language = 'en'): Promise<ApiResponse<Json>> =>
  fetch(`${baseURL}${path}`, { headers: { 'accept-language': language } }).then(async (response) => ({
    status: response.status,
    headers: response.headers,
    body: (await response.json().catch(() => undefined)) as Json,
  }))
