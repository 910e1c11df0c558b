/**
 * What the public booking endpoints read, turned into the slot engine's plain
 * inputs. Visitors have no read access to these collections, so every read
 * here skips access control (each says why on its line) and returns only what
 * the slot engine and the public answers need.
 */
import type { PayloadRequest } from 'payload'

import type { ID, PublishedSite } from '@platform'
import { relationId } from '@platform'
import { DEFAULT_BOOKING_SETTINGS } from '../collections/bookingSettings'
import { hostKeyOf } from '../hooks/assignHost'
import type { AvailabilityBlockInput, BusyInterval, GroupEventInput, SlotSettings } from '../lib/slots'
import { AVAILABILITY_BLOCKS, BOOKING_SETTINGS, BOOKINGS, EVENTS, SERVICES } from '../slugs'

const DAY = 86_400_000
/** Busy time is read this far around a range: longer than any meeting plus its buffers. */
const BUSY_MARGIN = DAY

/** A published site as the booking endpoints use it (found by the platform's findPublishedSite). */
export type PublicSite = PublishedSite

export type BookingSettingsValues = SlotSettings & { cancelCutoffHours: number }

export const readBookingSettings = async (req: PayloadRequest, siteId: ID): Promise<BookingSettingsValues> => {
  const found = await req.payload.find({
    collection: BOOKING_SETTINGS,
    where: { site: { equals: siteId } },
    limit: 1,
    depth: 0,
    overrideAccess: true, // the public booking rules of the site the visitor is booking on
    req,
  })
  const doc = found.docs[0]
  return {
    minimumNoticeMinutes: doc?.minimumNoticeMinutes ?? DEFAULT_BOOKING_SETTINGS.minimumNoticeMinutes,
    bookingWindowDays: doc?.bookingWindowDays ?? DEFAULT_BOOKING_SETTINGS.bookingWindowDays,
    cancelCutoffHours: doc?.cancelCutoffHours ?? DEFAULT_BOOKING_SETTINGS.cancelCutoffHours,
    timeZone: doc?.timeZone ?? DEFAULT_BOOKING_SETTINGS.timeZone,
  }
}

export type BlockMeta = {
  title: string
  showHost: boolean
  assignedToOwner?: ID
  assignedToTeamMember?: ID
  /** Ids of the services booked in these hours (empty: every service). */
  services: string[]
}

type BlockDoc = {
  id: ID
  title?: string | null
  date: string
  startTime: string
  endTime: string
  meetingLength: number
  timeSnapping: number
  bufferTime: number
  repeatWeekly?: boolean | null
  repeatUntil?: string | null
  exceptions?: { date: string }[] | null
  showHost?: boolean | null
  assignedToOwner?: unknown
  assignedToTeamMember?: unknown
  services?: unknown[] | null
}

export const toBlockInput = (doc: BlockDoc): AvailabilityBlockInput | undefined => {
  const hostKey = hostKeyOf(doc)
  if (!hostKey) return undefined
  return {
    id: String(doc.id),
    hostKey,
    date: doc.date,
    startTime: doc.startTime,
    endTime: doc.endTime,
    meetingLength: doc.meetingLength,
    timeSnapping: doc.timeSnapping,
    bufferTime: doc.bufferTime ?? 0,
    repeatWeekly: doc.repeatWeekly,
    repeatUntil: doc.repeatUntil,
    exceptions: (doc.exceptions ?? []).map((row) => row.date),
  }
}

const blockMeta = (doc: BlockDoc): BlockMeta => ({
  title: doc.title ?? '',
  showHost: doc.showHost !== false,
  assignedToOwner: relationId(doc.assignedToOwner),
  assignedToTeamMember: relationId(doc.assignedToTeamMember),
  services: (doc.services ?? [])
    .map((value) => relationId(value))
    .filter((id): id is ID => id !== undefined)
    .map(String),
})

/**
 * The site's availability blocks that may occur between `from` and `to`. Block
 * dates are calendar days in the site's zone; two days of margin in UTC cover
 * every zone, so this needs no settings and runs beside the other reads.
 */
export const loadBlocks = async (req: PayloadRequest, siteId: ID, from: number, to: number, onlyId?: ID) => {
  const firstDay = new Date(from - 2 * DAY).toISOString().slice(0, 10)
  const lastDay = new Date(to + 2 * DAY).toISOString().slice(0, 10)
  // The adapter's find (no field hooks, no access): a hot path that reads plain columns only.
  const found = await req.payload.db.find({
    collection: AVAILABILITY_BLOCKS,
    where: {
      and: [
        { site: { equals: siteId } },
        ...(onlyId !== undefined ? [{ id: { equals: onlyId } }] : []),
        { date: { less_than_equal: lastDay } },
        {
          or: [
            { date: { greater_than_equal: firstDay } },
            {
              and: [
                { repeatWeekly: { equals: true } },
                { or: [{ repeatUntil: { exists: false } }, { repeatUntil: { equals: '' } }, { repeatUntil: { greater_than_equal: firstDay } }] },
              ],
            },
          ],
        },
      ],
    },
    pagination: false,
    limit: 0,
    req, // no access control at this level: public availability of the site being booked; only scheduling fields are used
  })
  const blocks: AvailabilityBlockInput[] = []
  const meta = new Map<string, BlockMeta>()
  for (const doc of found.docs as unknown as BlockDoc[]) {
    const input = toBlockInput(doc)
    if (!input) continue
    blocks.push(input)
    meta.set(input.id, blockMeta(doc))
  }
  return { blocks, meta }
}

type EventDoc = {
  id: ID
  title: string
  description?: string | null
  startTime: string
  endTime: string
  eventType: 'one_on_one' | 'group'
  capacity: number
  showHost?: boolean | null
  assignedToOwner?: unknown
  assignedToTeamMember?: unknown
}

export type EventMeta = { title: string; showHost: boolean; description?: string }

/**
 * Scheduled events of the site overlapping [from, to] (with a margin for
 * buffers): every one is busy time of its host; group events also come back
 * with their confirmed bookings counted.
 */
export const loadEvents = async (req: PayloadRequest, siteId: ID, from: number, to: number, { excludeEventId }: { excludeEventId?: ID } = {}) => {
  // The adapter's find skips field hooks and access: this is the hot path of the public slots endpoint and only reads plain columns.
  const found = await req.payload.db.find({
    collection: EVENTS,
    where: {
      and: [
        { site: { equals: siteId } },
        { status: { equals: 'scheduled' } },
        { startTime: { less_than: new Date(to + BUSY_MARGIN).toISOString() } },
        { endTime: { greater_than: new Date(from - BUSY_MARGIN).toISOString() } },
        ...(excludeEventId !== undefined ? [{ id: { not_equals: excludeEventId } }] : []),
      ],
    },
    select: {
      title: true,
      description: true,
      startTime: true,
      endTime: true,
      eventType: true,
      capacity: true,
      showHost: true,
      assignedToOwner: true,
      assignedToTeamMember: true,
    },
    pagination: false,
    limit: 0,
    req, // no access control at this level: the site's calendar as busy time for the slot engine; titles are shown only for group classes
  })
  const busy: BusyInterval[] = []
  const groups: EventDoc[] = []
  const meta = new Map<string, EventMeta>()
  for (const doc of found.docs as unknown as EventDoc[]) {
    const hostKey = hostKeyOf(doc)
    if (!hostKey) continue
    const start = Date.parse(doc.startTime)
    const end = Date.parse(doc.endTime)
    busy.push({ hostKey, start, end })
    if (doc.eventType === 'group') groups.push(doc)
    meta.set(String(doc.id), {
      title: doc.title,
      showHost: doc.showHost !== false,
      description: doc.eventType === 'group' ? (doc.description ?? undefined) : undefined,
    })
  }
  const booked = await countBookings(
    req,
    groups.map((doc) => doc.id),
  )
  const groupEvents: GroupEventInput[] = groups.map((doc) => ({
    id: String(doc.id),
    hostKey: hostKeyOf(doc)!,
    start: Date.parse(doc.startTime),
    end: Date.parse(doc.endTime),
    capacity: doc.capacity,
    booked: booked.get(String(doc.id)) ?? 0,
  }))
  return { busy, groupEvents, meta }
}

/** Confirmed bookings per event id. */
export const countBookings = async (req: PayloadRequest, eventIds: ID[]): Promise<Map<string, number>> => {
  const counts = new Map<string, number>()
  if (!eventIds.length) return counts
  const found = await req.payload.find({
    collection: BOOKINGS,
    where: { and: [{ event: { in: eventIds } }, { status: { equals: 'confirmed' } }] },
    select: { event: true },
    pagination: false,
    depth: 0,
    overrideAccess: true, // counting taken seats; nothing about the bookings leaves the server
    req,
  })
  for (const doc of found.docs) {
    const key = String(relationId(doc.event))
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Display names of the site's possible hosts (`owner:<userId>`, `member:<teamMemberId>`); shown only for hosts who chose so. */
export const loadHostNames = async (req: PayloadRequest, site: Omit<PublicSite, 'owner'> & { owner?: ID }): Promise<Map<string, string>> => {
  const full = (doc: { firstName?: string | null; lastName?: string | null }) => [doc.firstName, doc.lastName].filter(Boolean).join(' ')
  const [owner, members] = await Promise.all([
    site.owner === undefined
      ? undefined
      : req.payload.findByID({
          collection: 'users',
          id: site.owner,
          select: { firstName: true, lastName: true },
          depth: 0,
          overrideAccess: true, // only the owner's first and last name
          disableErrors: true,
          req,
        }),
    req.payload.find({
      collection: 'team-members',
      where: { and: [{ site: { equals: site.id } }, { invitationStatus: { equals: 'accepted' } }] },
      select: { firstName: true, lastName: true },
      pagination: false,
      depth: 0,
      overrideAccess: true, // only the first and last names of the site's team
      req,
    }),
  ])
  const names = new Map<string, string>()
  if (owner) names.set(`owner:${owner.id}`, full(owner) || site.name)
  for (const doc of members.docs) names.set(`member:${doc.id}`, full(doc) || site.name)
  return names
}

export type ServiceDoc = {
  id: ID
  titlePl: string
  titleEn?: string | null
  descriptionPl?: string | null
  descriptionEn?: string | null
  durationMinutes: number
  price?: number | null
  sortOrder?: number | null
}

/** The site's bookable services, in their list order. */
export const loadServices = async (req: PayloadRequest, siteId: ID, onlyId?: ID): Promise<ServiceDoc[]> => {
  const found = await req.payload.db.find({
    collection: SERVICES,
    where: { and: [{ site: { equals: siteId } }, { isActive: { equals: true } }, ...(onlyId !== undefined ? [{ id: { equals: onlyId } }] : [])] },
    sort: 'sortOrder',
    pagination: false,
    limit: 0,
    req, // no access control at this level: the services the site offers to visitors (titles, descriptions, lengths, prices)
  })
  return found.docs as unknown as ServiceDoc[]
}
