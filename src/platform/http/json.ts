/** Reading a JSON request body and answering with the platform's error shape. */
import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

export const readJsonBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    throw new APIError('Send a JSON body.', 400)
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new APIError('Send a JSON object.', 400)
  return body as Record<string, unknown>
}

/** The platform's error shape with extra headers (APIError cannot carry a Retry-After). */
export const jsonError = (message: string, status: number, headers: Record<string, string> = {}): Response =>
  Response.json({ errors: [{ message }] }, { status, headers })
