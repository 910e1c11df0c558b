/**
 * POST /api/newsletter/bounces — bounce and complaint reports from a mail provider or a relay, as generic JSON:
 * one report `{ email, type: 'hard' | 'soft' | 'complaint', siteId?, site?, reason? }` or an array of up to 1000.
 * Authenticated by `Authorization: Bearer <NEWSLETTER_BOUNCE_SECRET>` (constant-time): without the variable the
 * endpoint is off (404); a wrong or missing secret is a 401. A bad body is a 400 and changes nothing; otherwise all
 * reports are applied in one transaction (bounces/apply.ts) and the answer is 202 with the counts.
 */
import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { emailSchema, jsonError, say, t, visitorEndpoint } from '@platform'
import { applyBounces } from '../bounces/apply'
import { BOUNCE_TYPES } from '../bounces/outcome'
import { bearerMatches } from '../bounces/secret'

export const MAX_BOUNCE_REPORTS = 1000

const report = z.strictObject({
  email: emailSchema,
  type: z.enum(BOUNCE_TYPES),
  siteId: z
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1)
    .optional(),
  site: z.string().trim().min(1).max(100).optional(),
  reason: z.string().max(2000).optional(),
})

export const bounceBody = z.union([report, z.array(report).min(1).max(MAX_BOUNCE_REPORTS)])

type Parsed = { reports: z.infer<typeof report>[] } | { error: Response }

const readReports = async (req: PayloadRequest): Promise<Parsed> => {
  if (!/^application\/json\s*(;|$)/i.test(req.headers.get('content-type') ?? ''))
    return { error: jsonError(say(req, t('Send the body as application/json.', 'Wyślij treść jako application/json.')), 415) }
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    return { error: jsonError(say(req, t('Send a JSON body.', 'Wyślij treść w formacie JSON.')), 400) }
  }
  const parsed = bounceBody.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    // The sender is a mail service's webhook: the report's path and zod's own words are what its developer needs.
    const where = issue.path.length ? issue.path.join('.') : undefined
    return {
      error: jsonError(
        say(
          req,
          where
            ? t(`The bounce report is not valid at ${where}: ${issue.message}`, `Raport o zwrotach jest nieprawidłowy w polu ${where}: ${issue.message}`)
            : t(`The bounce report is not valid: ${issue.message}`, `Raport o zwrotach jest nieprawidłowy: ${issue.message}`),
        ),
        400,
      ),
    }
  }
  return { reports: Array.isArray(parsed.data) ? parsed.data : [parsed.data] }
}

export const bouncesEndpoint = visitorEndpoint({
  path: '/newsletter/bounces',
  method: 'post',
  handler: async (req) => {
    const secret = process.env.NEWSLETTER_BOUNCE_SECRET ?? ''
    if (!secret) return jsonError(say(req, t('Not found.', 'Nie znaleziono.')), 404)
    if (!bearerMatches(req.headers.get('authorization'), secret))
      return jsonError(
        say(req, t('Send the bounce secret as Authorization: Bearer <secret>.', 'Wyślij sekret zwrotów w nagłówku Authorization: Bearer <sekret>.')),
        401,
        { 'WWW-Authenticate': 'Bearer' },
      )
    const read = await readReports(req)
    if ('error' in read) return read.error
    const counts = await applyBounces(req, read.reports)
    return Response.json(counts, { status: 202 })
  },
})
