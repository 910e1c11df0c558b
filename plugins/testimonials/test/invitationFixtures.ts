/** Helpers for the invitation tests: a platform with a real SMTP listener, sessions as the booking plugin announces them, mail. */
import type { Payload } from 'payload'

import type { PlatformEvents } from '@platform'
import { definePlatformPlugin } from '@platform'
import type { ReceivedMail, SmtpListener, TestPlatform } from '@platform/testing'
import { createSite, createUser, mimePart, publishSiteAs, startSmtpListener, startTestPlatform } from '@platform/testing'
import { REQUESTS } from '../slugs'

export type Attended = PlatformEvents['booking.session-attended']
export type Submitted = PlatformEvents['testimonial.submitted']

const HOUR = 3_600_000
export const hoursAgo = (hours: number, from = Date.now()) => new Date(from - hours * HOUR).toISOString()

/** What a listener of the test's own heard of `testimonial.submitted` (a real listener job, through the outbox). */
export const submitted: Submitted[] = []

const submittedListener = definePlatformPlugin('test-submitted-listener', () => ({
  listeners: [
    {
      event: 'testimonial.submitted',
      name: 'test.remember',
      handler: async (data: Submitted) => {
        submitted.push(data)
      },
    },
  ],
}))({})

const ENV = ['SMTP_URL', 'EMAIL_FROM', 'EMAIL_RETRY_DELAY_MS'] as const

export const startInvitationPlatform = async (): Promise<{ platform: TestPlatform; smtp: SmtpListener; close: () => Promise<void> }> => {
  const smtp = await startSmtpListener()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'Platforma Test <no-reply@platforma.test>'
  process.env.EMAIL_RETRY_DELAY_MS = '300'
  const platform = await startTestPlatform({ plugins: [submittedListener] })
  return {
    platform,
    smtp,
    close: async () => {
      await platform.close()
      await smtp.close()
      for (const name of ENV) delete process.env[name]
    },
  }
}

let counter = 0
/** A fresh address per call, so tests never share a mailbox. */
export const address = (name: string) => `${name}-${Date.now().toString(36)}-${++counter}@example.test`

/** An owner (Anna Kowalska) with a published site (Gabinet Anny). */
export const createPractice = async (payload: Payload, name = 'Gabinet Anny') => {
  const owner = await createUser(payload, { locale: 'pl' })
  await payload.update({ collection: 'users', id: owner.id, data: { firstName: 'Anna', lastName: 'Kowalska' }, overrideAccess: true })
  const site = await createSite(payload, owner.id, name)
  await publishSiteAs(payload, site.id)
  return { owner, site }
}

let sessionCounter = 0
/** `booking.session-attended` data as the booking plugin publishes it. */
export const attended = (siteId: number, data: Partial<Attended> & Pick<Attended, 'clients'>): Attended => ({
  sessionId: `test-${Date.now().toString(36)}-${++sessionCounter}`,
  siteId,
  eventId: null,
  hostKey: 'user:1',
  hostName: 'Anna Kowalska',
  title: 'Konsultacja',
  endTime: hoursAgo(3),
  ...data,
})

export const requestsOf = async (payload: Payload, siteId: number, email?: string) =>
  (
    await payload.find({
      collection: REQUESTS,
      where: { and: [{ site: { equals: siteId } }, ...(email ? [{ email: { equals: email } }] : [])] },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

export const textOf = (mail: ReceivedMail) => mimePart(mail.raw, 'text/plain') ?? ''

/** The invitation link in a message (its plain-text part), and its opt-out link. */
export const linksIn = (mail: ReceivedMail) => {
  const match = /https?:\/\/[^\s"<>()]+\/api\/public\/testimonials\/invitations\/([A-Za-z0-9_-]{43})/.exec(textOf(mail))
  if (!match) throw new Error(`No invitation link in:\n${textOf(mail)}`)
  return { invitation: match[0], optOut: `${match[0]}/opt-out`, token: match[1] }
}

export const page = (url: string, init: RequestInit = {}) =>
  fetch(url, { redirect: 'manual', ...init }).then(async (response) => ({ status: response.status, headers: response.headers, html: await response.text() }))

export const postForm = (url: string, fields: Record<string, string>) =>
  page(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() })

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON answers
export const postJson = (url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }).then(async (response) => ({
    status: response.status,
    body: await response.json().catch(() => undefined),
  }))
