/** Small helpers for the sign-in endpoints' requests and answers. */
import type { PayloadRequest } from 'payload'

import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'

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

/** Runs `work` in one transaction on the request: committed when it returns, rolled back when it throws. */
export const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const owned = await initTransaction(req)
  try {
    const result = await work()
    if (owned) await commitTransaction(req)
    return result
  } catch (error) {
    if (owned) await killTransaction(req)
    throw error
  }
}
