/**
 * Test data for the owner's side (attendees, messages, cancellation), made with the Local API as trusted setup:
 * the public registration endpoint is built elsewhere, so registrations are written here directly.
 */
import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

import { createClient } from '@platform/testing'
import { BIG_EVENTS, REGISTRATIONS } from '../slugs'

const DAY = 24 * 3600_000

export const QUESTIONS = {
  questions: [
    {
      id: 'q-diet',
      label: { pl: 'Dieta', en: 'Diet' },
      type: 'select',
      required: true,
      options: [
        { pl: 'Wegańska', en: 'Vegan' },
        { pl: 'Zwykła', en: 'Regular' },
      ],
    },
    { id: 'q-note', label: { pl: 'Uwagi', en: 'Notes' }, type: 'textarea', required: false },
  ],
}

export const createEvent = async (
  payload: Payload,
  site: number,
  data: Partial<{ title: string; status: string; price: number; startDate: string; endDate: string; maxParticipants: number }> = {},
) => {
  const start = data.startDate ?? new Date(Date.now() + 10 * DAY).toISOString()
  return payload.create({
    collection: BIG_EVENTS,
    data: {
      site,
      title: data.title ?? `Warsztat ${randomBytes(3).toString('hex')}`,
      startDate: start,
      endDate: data.endDate ?? new Date(Date.parse(start) + 2 * DAY).toISOString(),
      maxParticipants: data.maxParticipants ?? 20,
      price: data.price ?? 0,
      status: (data.status ?? 'published') as 'published',
      locationKind: 'in_person',
      location: 'Ustrzyki Górne, Pensjonat Pod Połoniną',
      details: QUESTIONS,
    },
    overrideAccess: true, // trusted: test setup
  })
}

export const createRegistration = async (
  payload: Payload,
  event: { id: number; site: number | { id: number } },
  data: Partial<{ name: string; email: string; status: string; locale: 'pl' | 'en'; amount: number; paymentId: number; answers: Record<string, unknown> }> = {},
) => {
  const site = typeof event.site === 'object' ? event.site.id : event.site
  const client = await createClient(payload, site)
  return payload.create({
    collection: REGISTRATIONS,
    data: {
      site,
      event: event.id,
      client: client.id,
      name: data.name ?? 'Jan Nowak',
      email: data.email ?? `att-${randomBytes(4).toString('hex')}@example.test`,
      locale: data.locale ?? 'pl',
      status: (data.status ?? 'confirmed') as 'confirmed',
      amount: data.amount ?? 0,
      paymentId: data.paymentId,
      answers: data.answers ?? { 'q-diet': 'Wegańska' },
      confirmedAt: data.status === undefined || data.status === 'confirmed' ? new Date().toISOString() : undefined,
    },
    overrideAccess: true, // trusted: test setup (the public register endpoint is built in parallel)
  })
}

export const registrationById = (payload: Payload, id: number) => payload.findByID({ collection: REGISTRATIONS, id, depth: 0, overrideAccess: true }) // trusted: test inspection
