/** The platform's public error shape, `{ errors: [{ message }] }`, with an optional header (Retry-After). */
export const errorResponse = (message: string, status: number, headers: Record<string, string> = {}): Response =>
  Response.json({ errors: [{ message }] }, { status, headers })

/** Thrown inside a booking transaction to roll it back and answer with `status` (and `headers`, e.g. Retry-After). */
export class BookingConflict extends Error {
  constructor(
    message: string,
    readonly status = 409,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}
