/**
 * The server's re-check of a chosen slot, run inside the booking's
 * transaction after taking a lock, so concurrent requests for one host (or one
 * class) run one after another and each sees what the previous one wrote:
 * exactly one of several visitors racing for a slot or the last seat wins.
 * Never trusts the client's slot: it recomputes it from fresh data.
 */
import type { PayloadRequest } from 'payload'

import type { ID } from '@platform'
import { lockForTransaction, relationId } from '@platform'
import { hostKeyOf } from '../hooks/assignHost'
import { computeSlots, findOneOnOneSlot, type Slot } from '../lib/slots'
import { AVAILABILITY_BLOCKS, BOOKINGS, EVENTS } from '../slugs'
import { blocksForService } from '../lib/services'
import type { BookingSettingsValues, PublicSite, ServiceDoc } from './data'
import { countBookings, loadBlocks, loadEvents, loadServices } from './data'
import { BookingConflict } from './errors'

export type ReservedSlot = {
  slot: Slot
  title: string
  /** The service booked, when one was chosen. */
  service?: ServiceDoc
  showHost: boolean
  assignedToOwner?: ID
  assignedToTeamMember?: ID
}

/** A free 1:1 slot of `blockId` at `start`, re-checked under the host's lock; `excludeEventId`: the booking's own event when moving it. */
export const reserveOneOnOne = async ({
  req,
  site,
  settings,
  blockId,
  serviceId,
  start,
  now,
  excludeEventId,
}: {
  req: PayloadRequest
  site: PublicSite
  settings: BookingSettingsValues
  blockId: string
  /** The service booked in the block: its length, and the block must offer it. */
  serviceId?: string
  start: number
  now: number
  excludeEventId?: ID
}): Promise<ReservedSlot> => {
  const block = await req.payload.find({
    collection: AVAILABILITY_BLOCKS,
    where: { and: [{ id: { equals: blockId } }, { site: { equals: site.id } }] },
    select: { assignedToOwner: true, assignedToTeamMember: true },
    limit: 1,
    depth: 0,
    overrideAccess: true, // the public availability block the visitor picked, on the site they are booking
    req,
  })
  const hostKey = block.docs[0] && hostKeyOf(block.docs[0])
  if (!hostKey) throw new BookingConflict('No such availability on this site.', 404)
  await lockForTransaction(req, `booking:host:${String(site.id)}:${hostKey}`)
  // Fresh reads after the lock: whatever an earlier holder booked is committed and visible now.
  const [{ blocks: found, meta }, { busy }, services] = await Promise.all([
    loadBlocks(req, site.id, start, start + 1, blockId),
    loadEvents(req, site.id, start, start + 1, { excludeEventId }),
    serviceId === undefined ? undefined : loadServices(req, site.id, serviceId),
  ])
  const service = services?.[0]
  if (serviceId !== undefined && !service) throw new BookingConflict('No such service on this site.', 404)
  const blocks = service ? blocksForService(found, (id) => meta.get(id)?.services, service) : found
  if (service && !blocks.length) throw new BookingConflict('This service is not offered at this time. Please choose another one.')
  const slot = findOneOnOneSlot({ blocks, busy, settings, now, from: start, to: start + 1 }, blockId, start)
  if (!slot) throw new BookingConflict('This time is no longer available. Please choose another one.')
  const info = meta.get(blockId)!
  return {
    slot,
    title: service ? service.titlePl : info.title,
    service,
    showHost: info.showHost,
    assignedToOwner: info.assignedToOwner,
    assignedToTeamMember: info.assignedToTeamMember,
  }
}

type GroupEventDoc = { id: ID; title: string; startTime: string; endTime: string; capacity: number; attendees?: unknown[] | null }

/** A seat in group event `eventId`, re-checked under the event's lock (bookable now, seats left). */
export const reserveSeat = async ({
  req,
  site,
  settings,
  eventId,
  start,
  now,
}: {
  req: PayloadRequest
  site: PublicSite
  settings: BookingSettingsValues
  eventId: string
  start?: number
  now: number
}): Promise<{ event: GroupEventDoc; slot: Slot }> => {
  await lockForTransaction(req, classLockKey(eventId))
  const found = await req.payload.find({
    collection: EVENTS,
    where: { and: [{ id: { equals: eventId } }, { site: { equals: site.id } }, { eventType: { equals: 'group' } }, { status: { equals: 'scheduled' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true, // the public class the visitor picked, on the site they are booking
    req,
  })
  const event = found.docs[0] as unknown as (GroupEventDoc & { assignedToOwner?: unknown; assignedToTeamMember?: unknown }) | undefined
  const hostKey = event && hostKeyOf(event)
  if (!event || !hostKey) throw new BookingConflict('No such class on this site.', 404)
  const eventStart = Date.parse(event.startTime)
  if (start !== undefined && start !== eventStart) throw new BookingConflict('This class has moved. Please choose it again.')
  const booked = (await countBookings(req, [event.id])).get(String(event.id)) ?? 0
  const [slot] = computeSlots({
    blocks: [],
    busy: [],
    groupEvents: [{ id: String(event.id), hostKey, start: eventStart, end: Date.parse(event.endTime), capacity: event.capacity, booked }],
    settings,
    now,
    from: eventStart,
    to: eventStart + 1,
  })
  if (!slot) {
    throw new BookingConflict(booked >= event.capacity ? 'This class is full.' : 'This class can no longer be booked online.')
  }
  return { event, slot }
}

/** Whether this client already holds a confirmed seat in the event. */
export const hasSeat = async (req: PayloadRequest, eventId: ID, clientId: ID): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: BOOKINGS,
    where: { and: [{ event: { equals: eventId } }, { client: { equals: clientId } }, { status: { equals: 'confirmed' } }] },
    overrideAccess: true, // checking a duplicate seat; nothing leaves the server
    req,
  })
  return totalDocs > 0
}

/** The lock around a class's seats and attendee list; every read-then-write of them takes it first. */
export const classLockKey = (eventId: ID | string) => `booking:event:${String(eventId)}`

/**
 * Adds or removes a client among an event's attendees. A read-then-write of
 * the whole list, so it takes the class's lock first (re-entrant within the
 * transaction): without it a cancel racing a booking on the same class could
 * write back a list missing the other guest.
 */
export const setAttendee = async (req: PayloadRequest, eventId: ID, clientId: ID, present: boolean): Promise<void> => {
  await lockForTransaction(req, classLockKey(eventId))
  const event = await req.payload.findByID({ collection: EVENTS, id: eventId, depth: 0, select: { attendees: true }, overrideAccess: true, req }) // bookkeeping of the booking flow
  const current = ((event?.attendees ?? []) as unknown[]).map((value) => relationId(value)).filter((id): id is ID => id !== undefined)
  const others = current.filter((id) => String(id) !== String(clientId))
  const next = present ? [...others, clientId] : others
  if (next.length === current.length && present === current.some((id) => String(id) === String(clientId))) return
  await req.payload.update({ collection: EVENTS, id: eventId, data: { attendees: next as number[] }, overrideAccess: true, req }) // bookkeeping of the booking flow
}
