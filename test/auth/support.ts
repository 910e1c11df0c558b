/** Helpers for the sign-in and invitation tests: links made the way the flows make them, raw HTTP with a chosen client IP. */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import pg from 'pg'

import type { MagicLinkAction } from '../../collections/magic-links'
import { issueLink } from '../../src/platform/auth/magicLinks'
import { plainTextToLexical } from '../../src/platform/auth/termsContent'
import { TEST_PUBLIC_URL } from '../../src/platform/testing/platform'
import { waitFor } from '../../src/platform/testing/waitFor'

/** Issues a link as the flows do (trusted code) and returns its token, as the email would carry it. */
export const makeLink = async (
  payload: Payload,
  { email, actionType, userId, ttlMs = 15 * 60_000, now }: { email: string; actionType: MagicLinkAction; userId?: number; ttlMs?: number; now?: Date },
) => {
  const req = await createLocalReq({}, payload)
  return issueLink({ req, email, actionType, userId, ttlMs, now })
}

/** A link issued an hour ago whose 15 minutes are over: time driven by the issue date, not by sleeping. */
export const makeExpiredLink = (payload: Payload, args: { email: string; actionType: MagicLinkAction; userId?: number }) =>
  makeLink(payload, { ...args, now: new Date(Date.now() - 60 * 60_000) })

export type RawResponse = { status: number; headers: Headers; text: string; json: () => any }

/** One request from a given client address (Express trusts X-Forwarded-For from loopback, as behind a proxy). */
export const raw = async (
  baseURL: string,
  method: string,
  path: string,
  { body, ip, cookie, headers = {} }: { body?: unknown; ip?: string; cookie?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> => {
  const response = await fetch(`${baseURL}${path}`, {
    method,
    redirect: 'manual',
    headers: {
      origin: TEST_PUBLIC_URL,
      'accept-language': 'en',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(ip ? { 'x-forwarded-for': ip } : {}),
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) }
}

/** The `payload-token=…` pair from a response's Set-Cookie, if any. */
export const sessionCookie = (headers: Headers): string | undefined =>
  headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .find((pair) => pair.startsWith('payload-token=') && pair.length > 'payload-token='.length)

let counter = 0
/** A distinct documentation-range address per call, so tests do not share the per-IP budget. */
export const freshIp = () => {
  counter += 1
  return `198.51.100.${counter % 250}`
}

export const createTerms = async (payload: Payload, { version, effectiveDate = new Date(Date.now() - 60_000) }: { version: string; effectiveDate?: Date }) =>
  payload.create({
    collection: 'terms-of-service',
    data: {
      version,
      effectiveDate: effectiveDate.toISOString(),
      contentPl: plainTextToLexical(`Regulamin ${version}`),
      contentEn: plainTextToLexical(`Terms ${version}`),
    },
    overrideAccess: true,
  })

/**
 * The newest link matching `pattern` in the dev mailbox message to `email` (tests run without
 * SMTP_URL, so the real email path ends in the dev mailbox): the email as the recipient would get it.
 */
export const linkFromMailbox = async (
  payload: Payload,
  email: string,
  pattern: RegExp,
  { after = 0, except = [] }: { after?: number; except?: string[] } = {},
): Promise<string> =>
  waitFor(
    async () => {
      const found = await payload.find({
        collection: 'dev-mailbox' as 'users',
        where: { to: { contains: email } },
        sort: '-createdAt',
        limit: 10,
        overrideAccess: true,
      })
      for (const message of found.docs as unknown as { text?: string; html?: string; createdAt: string }[]) {
        if (new Date(message.createdAt).getTime() < after) continue
        const match = pattern.exec(`${message.text ?? ''}\n${message.html ?? ''}`)
        const link = match?.[0].replace(/&amp;/g, '&')
        if (link && !except.some((seen) => link.includes(seen))) return link
      }
      return undefined
    },
    { what: `an email to ${email} with a link`, timeoutMs: 20_000 },
  )

export const tokenOf = (link: string) => new URL(link).searchParams.get('token')!

/**
 * What the database keeps of queued emails, as text: every `platform.send-email` job's data
 * (kept JOBS_KEEP_DAYS after it ran) and every outbox row. Anyone who can read the database
 * (a backup, a replica, a leak) sees this, so no working link may be in it.
 */
export const storedEmailJobs = async (databaseURL: string): Promise<{ jobs: string[]; outbox: string[] }> => {
  const db = new pg.Client({ connectionString: databaseURL })
  await db.connect()
  try {
    const jobs = await db.query<{ data: string }>("SELECT data::text AS data FROM agenda_jobs WHERE name = 'platform.send-email'")
    const outbox = await db.query<{ data: string }>("SELECT data::text AS data FROM platform_outbox WHERE job = 'platform.send-email'")
    return { jobs: jobs.rows.map((row) => row.data), outbox: outbox.rows.map((row) => row.data) }
  } finally {
    await db.end()
  }
}
