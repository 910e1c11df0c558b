/**
 * The team endpoints' refusals: `{ errors: [{ message, field? }] }` in the caller's language, `field` naming the
 * input it is about (`email`, `role`, `site`) so the invite dialog shows it beside that field. Thrown inside a
 * transaction, a refusal rolls it back, so nothing changes.
 */
import type { PayloadHandler, PayloadRequest } from 'payload'

import { requestLocale } from '../../../src/platform/i18n/requestLocale'
import { REFUSALS, type RefusalKey } from '../texts'

export class TeamRefusal extends Error {
  constructor(
    readonly key: RefusalKey,
    readonly status: number,
    readonly field?: 'site' | 'email' | 'role' | 'firstName' | 'lastName' | 'locale',
  ) {
    super(REFUSALS[key].en)
  }

  answer(req: PayloadRequest): Response {
    const message = REFUSALS[this.key][requestLocale(req)]
    return Response.json(
      { errors: [this.field ? { message, field: this.field } : { message }] },
      { status: this.status, headers: { 'Cache-Control': 'no-store' } },
    )
  }
}

/** The handler, with its refusals answered in the platform's error shape (anything else goes on to Payload's handler). */
export const answeringRefusals =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    try {
      return await handler(req)
    } catch (error) {
      if (error instanceof TeamRefusal) return error.answer(req)
      throw error
    }
  }
