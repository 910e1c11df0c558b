/**
 * What the public widget is offered, from a site's (cached) availability:
 * the slots of one choice (a service, the classes, or everything as before
 * services existed), optionally of one host only, and their public shape.
 */
import { createHmac } from 'node:crypto'

import { blocksForService, publicService, type PublicService, type ServiceLocale } from '../lib/services'
import { computeSlots, type Slot } from '../lib/slots'
import { localISO } from '../lib/requests'
import type { SiteAvailability } from './availabilityCache'

/**
 * `all` (1:1 blocks with their own lengths, and classes: the answer before services), `sessions` (1:1 blocks
 * with their own lengths: a site without services), `classes`, or a service id.
 */
export type Choice = { kind: 'all' } | { kind: 'sessions' } | { kind: 'classes' } | { kind: 'service'; id: string }

export const CLASSES = 'classes'
export const SESSIONS = 'sessions'

/** The `service` query parameter as a choice; undefined when it names no active service of the site. */
export const parseChoice = (raw: unknown, data: SiteAvailability): Choice | undefined => {
  if (raw === undefined || raw === '' || raw === 'all') return { kind: 'all' }
  if (raw === CLASSES) return { kind: 'classes' }
  if (raw === SESSIONS) return { kind: 'sessions' }
  if (typeof raw !== 'string') return undefined
  return data.services.some((service) => String(service.id) === raw) ? { kind: 'service', id: raw } : undefined
}

/**
 * A host as visitors' answers name them: an opaque key (an HMAC of `owner:<userId>` / `member:<id>` with the
 * server secret), so no account id leaves the server, yet the same host always has the same key.
 */
export const publicHostKey = (secret: string, hostKey: string): string => createHmac('sha256', secret).update(hostKey).digest('base64url').slice(0, 16)

export const isHostKey = (value: unknown): value is string => typeof value === 'string' && /^[\w-]{16}$/.test(value)

export const offeredSlots = (
  data: SiteAvailability,
  { choice, host, now, from, to, secret }: { choice: Choice; host?: string; now: number; from: number; to: number; secret: string },
): Slot[] => {
  const base = { busy: data.busy, settings: data.settings, now, from, to }
  let slots: Slot[]
  if (choice.kind === 'service') {
    const service = data.services.find((candidate) => String(candidate.id) === choice.id)!
    const blocks = blocksForService(data.blocks, (id) => data.blockMeta.get(id)?.services, service)
    slots = computeSlots({ ...base, blocks, groupEvents: [] })
  } else if (choice.kind === 'classes') {
    slots = computeSlots({ ...base, blocks: [], groupEvents: data.groupEvents })
  } else if (choice.kind === 'sessions') {
    slots = computeSlots({ ...base, blocks: data.blocks, groupEvents: [] })
  } else {
    slots = computeSlots({ ...base, blocks: data.blocks, groupEvents: data.groupEvents })
  }
  return host ? slots.filter((slot) => publicHostKey(secret, slot.hostKey) === host) : slots
}

/** A slot as the slots endpoint answers it (host name and key only where the host chose to be shown). */
export const publicSlot = (data: SiteAvailability, slot: Slot, tz: string, choice: Choice, secret: string) => {
  const shown = slot.blockId !== undefined ? data.blockMeta.get(slot.blockId)?.showHost : data.eventMeta.get(slot.eventId!)?.showHost
  const name = shown ? data.names.get(slot.hostKey) : undefined
  return {
    kind: slot.kind,
    start: new Date(slot.start).toISOString(),
    end: new Date(slot.end).toISOString(),
    startLocal: localISO(slot.start, tz),
    endLocal: localISO(slot.end, tz),
    ...(slot.blockId !== undefined ? { blockId: slot.blockId, title: data.blockMeta.get(slot.blockId)?.title || undefined } : {}),
    ...(choice.kind === 'service' ? { serviceId: choice.id } : {}),
    ...(slot.eventId !== undefined ? { eventId: slot.eventId, title: data.eventMeta.get(slot.eventId)?.title, seatsLeft: slot.seatsLeft } : {}),
    ...(name ? { host: name, hostKey: publicHostKey(secret, slot.hostKey) } : {}),
  }
}

/** The widget's first screen: the services (1:1), then the classes when the site runs any; 1:1 without services as one plain choice. */
export const publicChoices = (data: SiteAvailability, locale: ServiceLocale, now: number): PublicService[] => {
  const choices: PublicService[] = data.services.map((service) => publicService(service, locale))
  if (!choices.length && data.blocks.length) choices.push({ id: SESSIONS, kind: 'one_on_one', title: locale === 'en' ? 'Session' : 'Spotkanie' })
  if (data.groupEvents.some((event) => event.start > now && event.booked < event.capacity)) {
    choices.push({ id: CLASSES, kind: 'group', title: locale === 'en' ? 'Group classes' : 'Zajęcia grupowe' })
  }
  return choices
}
