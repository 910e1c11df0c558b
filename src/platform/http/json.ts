/** Reading a JSON request body and answering with the platform's error shape. */
import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { MESSAGES } from '../i18n/messages'
import { say } from '../i18n/requestLocale'
import { isJsonContentType } from './edgeRules'

/**
 * The body as a JSON object: 415 unless it is sent as `application/json` (a
 * `text/plain` body is what a cross-site form can send without a preflight),
 * 400 unless it parses to an object.
 */
export const readJsonBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  if (!isJsonContentType(req.headers.get('content-type'))) throw new APIError(say(req, MESSAGES.sendJsonType), 415)
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    throw new APIError(say(req, MESSAGES.sendJson), 400)
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new APIError(say(req, MESSAGES.sendJsonObject), 400)
  return body as Record<string, unknown>
}

/**
 * For actions whose body is optional (a cancel): no body at all is `{}`; a body
 * that is there must be a JSON object like any other (readJsonBody).
 */
export const readOptionalJsonBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  const length = req.headers.get('content-length')
  const hasBody = req.headers.has('transfer-encoding') || (length !== null && length !== '0')
  return hasBody ? readJsonBody(req) : {}
}

/** The platform's error shape with extra headers (APIError cannot carry a Retry-After). */
export const jsonError = (message: string, status: number, headers: Record<string, string> = {}): Response =>
  Response.json({ errors: [{ message }] }, { status, headers })
