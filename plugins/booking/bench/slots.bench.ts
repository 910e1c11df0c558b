/**
 * The booking slot engine and the public slots endpoint.
 * 1. Engine: 90 days, 5 hosts with weekly Mon–Fri 08:00–18:00 availability
 *    (60-min meetings every 30 min, 10-min buffers), against 5,000 and 50,000
 *    existing bookings: median ms of BENCH_RUNS runs each, and their ratio
 *    (how the time grows with 10× the bookings).
 * 2. Endpoints: a real platform on a throwaway PostgreSQL (startBenchPlatform), one site with that
 *    availability, one service (60 min, every block) and BENCH_EVENTS events; autocannon at 10
 *    connections for BENCH_SECONDS each, one after another, on:
 *    - the widget's first request for free times: GET /days?service= (14 days: free slots per day);
 *    - beside it, the same 14 days as full slots: GET /slots (no service: every 1:1 slot and class);
 *    - the chosen day's slots: GET /slots?service= (1 day);
 *    - the 14-day slots again with the answer cache off (BOOKING_ANSWER_CACHE_SECONDS=0): every
 *      request computes from the cached availability (the stamp is still read each time).
 *    Each: requests/s, median and p99 latency, and the median of 20 requests made one at a time.
 * `npm run bench` runs it (results under `booking/slots.bench.ts`), alone with BENCH_FILTER=slots.
 */
import autocannon from 'autocannon'
import fs from 'node:fs/promises'
import { performance } from 'node:perf_hooks'

import { computeSlots, type AvailabilityBlockInput, type BusyInterval } from '../lib/slots'
import { dateInZone, dateOfDayNumber, dayNumber } from '../lib/wallClock'

const ZONE = 'Europe/Warsaw'
const DAY = 86_400_000
const HOSTS = 5
const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const EVENTS = Number(process.env.BENCH_EVENTS ?? 500)

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same data. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const today = dayNumber(dateInZone(Date.now(), ZONE))
const firstMonday = today + ((8 - new Date(today * DAY).getUTCDay()) % 7)

const weeklyBlocks = (hostKey: (host: number) => string): AvailabilityBlockInput[] =>
  Array.from({ length: HOSTS }, (_, host) =>
    Array.from({ length: 5 }, (_, weekday) => ({
      id: `${host}-${weekday}`,
      hostKey: hostKey(host),
      date: dateOfDayNumber(firstMonday + weekday),
      startTime: '08:00',
      endTime: '18:00',
      meetingLength: 60,
      timeSnapping: 30,
      bufferTime: 10,
      repeatWeekly: true,
    })),
  ).flat()

const busyIntervals = (count: number, from: number, days: number): BusyInterval[] => {
  const next = random(count)
  return Array.from({ length: count }, () => {
    const start = from + Math.floor(next() * days * 48) * 30 * 60_000
    return { hostKey: `host:${Math.floor(next() * HOSTS)}`, start, end: start + 60 * 60_000 }
  })
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const benchEngine = () => {
  const now = firstMonday * DAY
  const from = now
  const to = now + 90 * DAY
  const blocks = weeklyBlocks((host) => `host:${host}`)
  const settings = { minimumNoticeMinutes: 0, bookingWindowDays: 120, timeZone: ZONE }
  const measure = (bookings: number) => {
    const busy = busyIntervals(bookings, from, 90)
    let slots = 0
    computeSlots({ blocks, busy, settings, now, from, to }) // warm-up
    const times = Array.from({ length: RUNS }, () => {
      const started = performance.now()
      slots = computeSlots({ blocks, busy, settings, now, from, to }).length
      return performance.now() - started
    })
    return { bookings, medianMs: Math.round(median(times) * 100) / 100, slots }
  }
  const small = measure(5_000)
  const large = measure(50_000)
  return { days: 90, hosts: HOSTS, runs: RUNS, at5000: small, at50000: large, ratio50000to5000: Math.round((large.medianMs / small.medianMs) * 100) / 100 }
}

const benchEndpoint = async () => {
  // Loaded here, not at the top: the engine above is measured in a process without the platform.
  const { publishSiteAs, startBenchPlatform } = await import('@platform/testing')
  const platform = await startBenchPlatform()
  try {
    const { payload } = platform
    const owner = await payload.create({
      collection: 'users',
      data: { email: 'bench-owner@example.test', password: 'bench-password-2026', locale: 'en' },
      overrideAccess: true,
    })
    const site = await payload.create({
      collection: 'sites',
      data: { name: 'Bench', identifier: 'bench', owner: owner.id, templateConfig: {} },
      overrideAccess: true,
    })
    // Only published sites take bookings.
    await publishSiteAs(payload, site.id)
    await payload.create({
      collection: 'booking-settings',
      data: { site: site.id, minimumNoticeMinutes: 0, bookingWindowDays: 120 } as never,
      overrideAccess: true,
    })
    const hosts: { assignedToOwner?: number; assignedToTeamMember?: number }[] = [{ assignedToOwner: owner.id }]
    for (let i = 1; i < HOSTS; i++) {
      const user = await payload.create({
        collection: 'users',
        data: { email: `bench-host${i}@example.test`, password: 'bench-password-2026', locale: 'en' },
        overrideAccess: true,
      })
      const member = await payload.create({
        collection: 'team-members',
        data: { site: site.id, email: user.email, permissionRole: 'host', invitationStatus: 'accepted', linkedUser: user.id },
        overrideAccess: true,
      })
      hosts.push({ assignedToTeamMember: member.id })
    }
    for (const block of weeklyBlocks((host) => String(host))) {
      const { id: _id, hostKey, exceptions: _exceptions, ...fields } = block
      await payload.create({ collection: 'availability-blocks', data: { site: site.id, ...fields, ...hosts[Number(hostKey)] } as never, overrideAccess: true })
    }
    const next = random(EVENTS)
    for (let i = 0; i < EVENTS; i++) {
      const start = Date.now() + Math.floor(next() * 30 * 48) * 30 * 60_000
      await payload.create({
        collection: 'events',
        data: {
          site: site.id,
          title: `Busy ${i}`,
          startTime: new Date(start).toISOString(),
          endTime: new Date(start + 3_600_000).toISOString(),
          ...hosts[i % HOSTS],
        } as never,
        overrideAccess: true,
      })
    }
    const service = await payload.create({
      collection: 'booking-services',
      data: { site: site.id, titlePl: 'Konsultacja', titleEn: 'Consultation', durationMinutes: 60, price: 150 } as never,
      overrideAccess: true, // trusted: benchmark setup
    })
    const from = new Date(firstMonday * DAY).toISOString()
    const to = new Date(firstMonday * DAY + 14 * DAY).toISOString()
    const dayTo = new Date(firstMonday * DAY + DAY).toISOString()
    const base = `${platform.baseURL}/api/public/sites/bench`
    const targets = [
      { name: 'first request: days summary (14 days, 5 hosts)', url: `${base}/days?service=${service.id}&from=${from}&to=${to}&tz=Europe/Warsaw` },
      { name: 'slots, 14 days, 5 hosts (the request the widget used to make first)', url: `${base}/slots?from=${from}&to=${to}&tz=Europe/Warsaw` },
      { name: "chosen day's slots (1 day, 5 hosts)", url: `${base}/slots?service=${service.id}&from=${from}&to=${dayTo}&tz=Europe/Warsaw` },
      { name: 'slots, 14 days, answer cache off', url: `${base}/slots?from=${from}&to=${to}&tz=Europe/Warsaw`, answerCache: '0' },
    ]
    const probe = await fetch(targets[1].url)
    const body = (await probe.json()) as { slots?: unknown[] }
    if (probe.status !== 200 || !body.slots?.length) throw new Error(`The slots endpoint answered ${probe.status} with ${body.slots?.length ?? 0} slots`)
    const summary = (await (await fetch(targets[0].url)).json()) as { days?: Record<string, number> }
    const results = []
    for (const target of targets) {
      process.env.BOOKING_ANSWER_CACHE_SECONDS = target.answerCache ?? '15'
      const bytes = (await (await fetch(target.url)).arrayBuffer()).byteLength
      const sequential: number[] = []
      for (let i = 0; i < 20; i++) {
        const started = performance.now()
        await (await fetch(target.url)).arrayBuffer()
        sequential.push(performance.now() - started)
      }
      const result = await autocannon({ url: target.url, connections: 10, duration: SECONDS })
      results.push({
        name: target.name,
        bytes,
        singleRequestMedianMs: Math.round(median(sequential) * 10) / 10,
        requestsPerSecond: Math.round(result.requests.average),
        medianMs: result.latency.p50,
        p99Ms: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
      })
      console.log('endpoint:', JSON.stringify(results[results.length - 1]))
    }
    delete process.env.BOOKING_ANSWER_CACHE_SECONDS
    return {
      path: '/api/public/sites/:identifier/{days,slots}',
      events: EVENTS,
      slotsIn14Days: body.slots.length,
      daysWithSlots: Object.keys(summary.days ?? {}).length,
      connections: 10,
      seconds: SECONDS,
      results,
    }
  } finally {
    // Waits a moment for handlers of requests autocannon gave up on before the database stops.
    await platform.close()
  }
}

const engine = benchEngine()
console.log('slot engine:', JSON.stringify(engine))
const endpoint = await benchEndpoint()
console.log('slots endpoint:', JSON.stringify(endpoint))
if (process.env.BENCH_OUTPUT) await fs.writeFile(process.env.BENCH_OUTPUT, JSON.stringify({ engine, endpoint }))
process.exit(0)
