/**
 * The weekly-hours editor's API (admin, signed in):
 * - `GET /api/booking/weekly-hours?site=<id>&host=<owner:ID|member:ID>`: the hosts the caller may edit on the
 *   site, the chosen host's schedule (lib/weeklyHours: days × ranges, date overrides) and the site's today;
 * - `PUT /api/booking/weekly-hours` `{ site, host, schedule }`: stores it as availability blocks (create, update,
 *   delete with the caller's own access, `overrideAccess: false`) in one transaction under the host's lock,
 *   and answers the schedule as stored.
 * 401 signed out; 404 a site the caller does not reach; 403 a role that may not host (viewer, staff) or a host
 * editing someone else; 400 bad input with `errors: [{ message, field }]` in the caller's language (the field
 * path names the range, e.g. `days.0.1`), and nothing changes.
 */
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { APIError } from 'payload'
import { z } from 'zod'

import type { ID } from '@platform'
import { getSiteRoles, inTransaction, jsonError, lockForTransaction, readJsonBody, relationId, requestLocale, roleIn, sameId } from '@platform'
import { HOST_ROLES } from '../hooks/assignHost'
import { dateInZone } from '../lib/wallClock'
import { planSchedule, scheduleFromBlocks, validateSchedule, type StoredBlock, type WeeklySchedule } from '../lib/weeklyHours'
import { AVAILABILITY_BLOCKS, BOOKING_SETTINGS } from '../slugs'

const TEXT = {
  pl: {
    signIn: 'Zaloguj się, aby edytować godziny pracy.',
    noSite: 'Nie znaleziono tej strony.',
    mayNotHost: 'Twoja rola na tej stronie nie pozwala ustalać godzin pracy.',
    onlyOwn: 'Jako prowadzący możesz ustalać tylko własne godziny.',
    noHost: 'Wybierz prowadzącego z listy.',
    badBody: 'Nie udało się odczytać godzin. Odśwież stronę i spróbuj ponownie.',
    invalid: 'Popraw zaznaczone godziny.',
    owner: 'właściciel',
  },
  en: {
    signIn: 'Sign in to edit working hours.',
    noSite: 'This site was not found.',
    mayNotHost: 'Your role on this site may not set working hours.',
    onlyOwn: 'As a host you may set only your own hours.',
    noHost: 'Choose a host from the list.',
    badBody: 'The hours could not be read. Reload the page and try again.',
    invalid: 'Correct the marked hours.',
    owner: 'owner',
  },
}

type HostChoice = { key: string; label: string; ownerId?: ID; memberId?: ID }

const time = z.string().max(5)
const settings = z.strictObject({
  meetingLength: z.number().int().min(5).max(480),
  timeSnapping: z.number().int().min(5).max(240),
  bufferTime: z.number().int().min(0).max(240),
  title: z.string().max(200).nullish(),
})
const range = z.strictObject({ start: time, end: time, blockId: z.union([z.number().int(), z.string().max(40)]).optional(), settings: settings.optional() })
const scheduleSchema = z.strictObject({
  days: z.array(z.array(range).max(50)).length(7),
  overrides: z.array(z.strictObject({ date: z.string().max(10), ranges: z.array(range).max(50) })).max(400),
  defaults: settings,
})
const putBody = z.strictObject({ site: z.union([z.number().int(), z.string().max(40)]), host: z.string().max(60), schedule: scheduleSchema })

const fail = (status: number, message: string, extra: { message: string; field?: string }[] = []) =>
  Response.json({ errors: [{ message }, ...extra] }, { status })

/** The site's booking zone (its settings, read as the caller). */
const zoneOf = async (req: PayloadRequest, siteId: ID): Promise<string> => {
  const found = await req.payload.find({
    collection: BOOKING_SETTINGS,
    where: { site: { equals: siteId } },
    limit: 1,
    depth: 0,
    select: { timeZone: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return found.docs[0]?.timeZone || 'Europe/Warsaw'
}

/** The hosts whose hours the caller may set on a site: everyone who may host, or a host only themselves. */
const hostsFor = async (req: PayloadRequest, siteId: ID, role: string, memberId: ID | undefined, lang: 'pl' | 'en'): Promise<HostChoice[]> => {
  const name = (person: { firstName?: string | null; lastName?: string | null; email?: string | null } | undefined) =>
    [person?.firstName, person?.lastName].filter(Boolean).join(' ') || person?.email || ''
  const site = await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, select: { owner: true }, overrideAccess: true, req }) // trusted: the caller's role on this site was checked; the owner's id names a host
  const ownerId = relationId(site?.owner)
  const members = await req.payload.find({
    collection: 'team-members',
    where: {
      and: [
        { site: { equals: siteId } },
        { invitationStatus: { equals: 'accepted' } },
        { permissionRole: { in: [...HOST_ROLES] } },
        ...(role === 'host' ? [{ id: { equals: memberId } }] : []),
      ],
    },
    depth: 0,
    pagination: false,
    sort: 'id',
    select: { firstName: true, lastName: true, email: true },
    overrideAccess: true, // trusted: names of the site's hosts for a caller who may set hours on this site (a host gets only their own row)
    req,
  })
  const hosts: HostChoice[] = []
  if (role !== 'host' && ownerId !== undefined) {
    const owner = await req.payload
      .findByID({ collection: 'users', id: ownerId, depth: 0, select: { firstName: true, lastName: true, email: true }, overrideAccess: true, req }) // trusted: the site owner's name for a member of their site
      .catch(() => undefined)
    hosts.push({ key: `owner:${ownerId}`, label: `${name(owner) || TEXT[lang].owner} (${TEXT[lang].owner})`, ownerId })
  }
  for (const member of members.docs) hosts.push({ key: `member:${member.id}`, label: name(member), memberId: member.id })
  return hosts
}

type Caller = { siteId: ID; lang: 'pl' | 'en'; hosts: HostChoice[]; zone: string; role: string; memberId?: ID }

/** Who is calling, on which site, and whose hours they may set; a Response when they may not. */
const callerOn = async (req: PayloadRequest, siteParam: unknown): Promise<Caller | Response> => {
  const lang = requestLocale(req) === 'en' ? 'en' : 'pl'
  const text = TEXT[lang]
  if (!req.user) return fail(401, text.signIn)
  const roles = await getSiteRoles(req)
  const mine = siteParam === undefined || siteParam === null || siteParam === '' ? undefined : roles.get(String(siteParam))
  if (!mine) return fail(404, text.noSite)
  if (!roleIn(mine.role, 'hosting')) return fail(403, text.mayNotHost)
  const [hosts, zone] = await Promise.all([hostsFor(req, mine.siteId, mine.role, mine.memberId, lang), zoneOf(req, mine.siteId)])
  return { siteId: mine.siteId, lang, hosts, zone, role: mine.role, memberId: mine.memberId }
}

const hostWhere = (host: HostChoice): Where =>
  host.memberId !== undefined
    ? { assignedToTeamMember: { equals: host.memberId } }
    : { and: [{ assignedToOwner: { equals: host.ownerId } }, { assignedToTeamMember: { exists: false } }] }

const readBlocks = async (req: PayloadRequest, siteId: ID, host: HostChoice): Promise<StoredBlock[]> => {
  const found = await req.payload.find({
    collection: AVAILABILITY_BLOCKS,
    where: { and: [{ site: { equals: siteId } }, hostWhere(host)] },
    depth: 0,
    pagination: false,
    sort: 'date',
    overrideAccess: false,
    user: req.user,
    req,
  })
  return found.docs as unknown as StoredBlock[]
}

const answer = (caller: Caller, host: HostChoice, schedule: WeeklySchedule, today: string) =>
  Response.json({
    hosts: caller.hosts.map(({ key, label }) => ({ key, label })),
    host: host.key,
    timeZone: caller.zone,
    today,
    schedule,
  })

const pickHost = (caller: Caller, key: string | undefined): HostChoice | undefined => {
  if (key) return caller.hosts.find((host) => host.key === key)
  // No choice yet: the caller's own hours when they host here, else the first host.
  const own =
    caller.memberId !== undefined
      ? caller.hosts.find((host) => sameId(host.memberId, caller.memberId))
      : caller.hosts.find((host) => host.ownerId !== undefined)
  return own ?? caller.hosts[0]
}

const hostRefusal = (caller: Caller, key: string): Response => {
  const text = TEXT[caller.lang]
  // A host sees only their own row: anyone else they name is someone else's hours.
  return caller.role === 'host' && key ? fail(403, text.onlyOwn) : fail(400, text.noHost)
}

export const weeklyHoursEndpoints: Endpoint[] = [
  {
    path: '/booking/weekly-hours',
    method: 'get',
    handler: async (req) => {
      const params = new URL(req.url ?? 'http://localhost').searchParams
      const caller = await callerOn(req, params.get('site') ?? undefined)
      if (caller instanceof Response) return caller
      const key = params.get('host') ?? undefined
      const host = pickHost(caller, key)
      if (!host) return key ? hostRefusal(caller, key) : fail(400, TEXT[caller.lang].noHost)
      const today = dateInZone(Date.now(), caller.zone)
      return answer(caller, host, scheduleFromBlocks(await readBlocks(req, caller.siteId, host), today), today)
    },
  },
  {
    path: '/booking/weekly-hours',
    method: 'put',
    handler: async (req) => {
      const lang = requestLocale(req) === 'en' ? 'en' : 'pl'
      // The caller first: a stranger learns nothing from how the body is judged.
      if (!req.user) return fail(401, TEXT[lang].signIn)
      let body: z.infer<typeof putBody>
      try {
        const parsed = putBody.safeParse(await readJsonBody(req))
        if (!parsed.success) return fail(400, TEXT[lang].badBody)
        body = parsed.data
      } catch (error) {
        if (error instanceof APIError) return jsonError(TEXT[lang].badBody, error.status)
        throw error
      }
      const caller = await callerOn(req, body.site)
      if (caller instanceof Response) return caller
      const host = pickHost(caller, body.host)
      if (!host) return hostRefusal(caller, body.host)
      const today = dateInZone(Date.now(), caller.zone)
      const problems = validateSchedule(body.schedule, { today, lang })
      if (problems.length)
        return fail(
          400,
          TEXT[lang].invalid,
          problems.map(({ path, message }) => ({ message, field: path })),
        )
      try {
        const stored = await inTransaction(req, async () => {
          await lockForTransaction(req, `booking-availability:${caller.siteId}:${host.key}`)
          const blocks = await readBlocks(req, caller.siteId, host)
          const plan = planSchedule({ blocks, schedule: body.schedule, today })
          const as = { overrideAccess: false, user: req.user, req, depth: 0 } as const
          for (const id of plan.delete) await req.payload.delete({ collection: AVAILABILITY_BLOCKS, id, ...as })
          for (const { id, data } of plan.update) await req.payload.update({ collection: AVAILABILITY_BLOCKS, id, data, ...as })
          for (const data of plan.create) {
            await req.payload.create({
              collection: AVAILABILITY_BLOCKS,
              data: {
                ...data,
                title: data.title ?? (lang === 'pl' ? 'Godziny pracy' : 'Working hours'),
                site: caller.siteId as number,
                assignedToOwner: (host.ownerId as number | undefined) ?? null,
                assignedToTeamMember: (host.memberId as number | undefined) ?? null,
              },
              ...as,
            })
          }
          return readBlocks(req, caller.siteId, host)
        })
        return answer(caller, host, scheduleFromBlocks(stored, today), today)
      } catch (error) {
        if (error instanceof APIError && error.status >= 400 && error.status < 500) return jsonError(error.message, error.status)
        throw error
      }
    },
  },
]
