/**
 * Shared setup of the registration tests: a real platform, the P24 simulator (the payments plugin's dev service,
 * as `npm run dev` starts it) and optionally a real SMTP listener; a published site with events made as trusted
 * setup code; the visitor's HTTP calls; paying at the simulator's page as a visitor's browser would.
 */
import type { Payload } from 'payload'

import type { SmtpListener, TestPlatform } from '@platform/testing'
import { createSite, createUser, publishSiteAs, startDevServices, startSmtpListener, startTestPlatform, TEST_PUBLIC_URL, waitFor } from '@platform/testing'
import { BIG_EVENTS, REGISTRATIONS } from '../../slugs'

const P24_NAMES = [
  'P24_MERCHANT_ID',
  'P24_POS_ID',
  'P24_API_KEY',
  'P24_CRC',
  'P24_BASE_URL',
  'P24_SIMULATOR_URL',
  'P24_NOTIFY_URL',
  'P24_REFUND_NOTIFY_URL',
  'P24_SIM_PORT',
]
const OTHER_NAMES = ['SMTP_URL', 'BIG_EVENTS_REGISTER_PER_IP', 'EMAIL_RETRY_DELAY_MS']

export type Harness = {
  platform: TestPlatform
  smtp?: SmtpListener
  siteId: number
  siteName: string
  ownerId: number
  close: () => Promise<void>
}

export const startHarness = async ({ smtp: withSmtp = true }: { smtp?: boolean } = {}): Promise<Harness> => {
  for (const name of [...P24_NAMES, ...OTHER_NAMES]) delete process.env[name]
  const smtp = withSmtp ? await startSmtpListener() : undefined
  Object.assign(process.env, { BIG_EVENTS_REGISTER_PER_IP: '5000', EMAIL_RETRY_DELAY_MS: '300', ...(smtp ? { SMTP_URL: smtp.url } : {}) })
  const platform = await startTestPlatform()
  // Nothing of P24 is set, so the payments plugin's dev service starts its simulator (P24_SIMULATOR_URL, P24_NOTIFY_URL).
  const services = await startDevServices(platform.payload.config, { publicURL: platform.baseURL, target: process.env, log: () => {} })
  // PUBLIC_URL is not where this test's server listens: refunds are notified here.
  process.env.P24_REFUND_NOTIFY_URL = `${platform.baseURL}/api/payments/p24/refund-notify`
  const owner = await createUser(platform.payload, { locale: 'pl' })
  const siteName = `Studio Jogi ${Date.now().toString(36)}`
  const site = await createSite(platform.payload, owner.id, siteName)
  await publishSiteAs(platform.payload, site.id)
  return {
    platform,
    smtp,
    siteId: site.id,
    siteName,
    ownerId: owner.id,
    close: async () => {
      await services.close()
      await platform.close()
      await smtp?.close()
      for (const name of [...P24_NAMES, ...OTHER_NAMES]) delete process.env[name]
    },
  }
}

let counter = 0
export const unique = (stem: string) => `${stem}-${process.pid}-${Date.now().toString(36)}-${++counter}`

const DAY = 86_400_000
export const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

type EventData = Record<string, unknown>

/** A published event on the site (trusted setup code), starting in 10 days for 6 hours unless told otherwise. */
export const createEvent = async (payload: Payload, siteId: number, data: EventData = {}) =>
  payload.create({
    collection: BIG_EVENTS,
    data: {
      site: siteId,
      title: unique('Warsztaty oddechu'),
      startDate: inDays(10),
      endDate: new Date(Date.parse(inDays(10)) + 6 * 3_600_000).toISOString(),
      maxParticipants: 10,
      price: 0,
      status: 'published',
      location: 'Kraków, ul. Długa 5',
      ...data,
    } as never,
    overrideAccess: true, // test setup: the owner's event
  })

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whatever the endpoint answered
export type Answer = { status: number; body: any; headers: Headers }

export const post = async (
  baseURL: string,
  path: string,
  body: unknown,
  { lang = 'pl', contentType = 'application/json', cookie }: { lang?: string; contentType?: string; cookie?: string } = {},
): Promise<Answer> => {
  const response = await fetch(`${baseURL}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType, 'accept-language': lang, origin: TEST_PUBLIC_URL, ...(cookie ? { cookie } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : undefined
  } catch {
    // not JSON
  }
  return { status: response.status, body: parsed, headers: response.headers }
}

export const registerFor = (baseURL: string, eventId: number | string, body: unknown, options?: Parameters<typeof post>[3]) =>
  post(baseURL, `/api/public/big-events/${eventId}/registrations`, body, options)

/** The token in a manage URL. */
export const tokenOf = (manageUrl: string) => decodeURIComponent(manageUrl.split('/events/registrations/')[1])

export const cancelAt = (baseURL: string, eventId: number | string, manageUrl: string, body: unknown = {}) =>
  post(baseURL, `/api/public/big-events/${eventId}/registrations/${encodeURIComponent(tokenOf(manageUrl))}/cancel`, body)

/** The visitor follows the pay link to P24's page and pays there; P24 then notifies the platform. */
export const payAtP24 = async (baseURL: string, payUrl: string) => {
  const toP24 = await fetch(payUrl.replace(TEST_PUBLIC_URL, baseURL), { redirect: 'manual' })
  if (toP24.status !== 303) throw new Error(`pay link answered ${toP24.status}`)
  const page = toP24.headers.get('location')!
  const back = await fetch(page, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'action=pay', redirect: 'manual' })
  if (back.status !== 303) throw new Error(`P24 page answered ${back.status}`)
  return back.headers.get('location')
}

export const registration = (payload: Payload, id: number) =>
  payload.findByID({ collection: REGISTRATIONS, id, depth: 0, showHiddenFields: true, overrideAccess: true }) // trusted: test setup or inspection

export const registrationsOf = async (payload: Payload, eventId: number) =>
  (
    await payload.find({
      collection: REGISTRATIONS,
      where: { event: { equals: eventId } },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
      overrideAccess: true, // trusted: test setup or inspection
    })
  ).docs

export const byEmail = async (payload: Payload, eventId: number, email: string) => (await registrationsOf(payload, eventId)).find((doc) => doc.email === email)!

export const eventById = (payload: Payload, id: number) => payload.findByID({ collection: BIG_EVENTS, id, depth: 0, overrideAccess: true }) // trusted: test setup or inspection

export const waitForStatus = (payload: Payload, id: number, status: string) =>
  waitFor(async () => (await registration(payload, id)).status === status, { what: `registration ${id} to be ${status}`, timeoutMs: 30_000 })

/** Registrations, clients and payments in the whole database: what a refused request must leave as it was. */
export const totals = async (payload: Payload) => ({
  registrations: (await payload.count({ collection: REGISTRATIONS, overrideAccess: true })).totalDocs, // trusted: test setup or inspection
  clients: (await payload.count({ collection: 'clients', overrideAccess: true })).totalDocs, // trusted: test setup or inspection
  payments: (await payload.count({ collection: 'payments', overrideAccess: true })).totalDocs, // trusted: test setup or inspection
})
