/** The platform's public error shape, `{ errors: [{ message }] }`, with an optional header (Retry-After). */
export const errorResponse = (message: string, status: number, headers: Record<string, string> = {}): Response =>
  Response.json({ errors: [{ message }] }, { status, headers })

/** Thrown inside a booking transaction to roll it back and answer with `status`. */
export class BookingConflict extends Error {
  constructor(
    message: string,
    readonly status = 409,
  ) {
    super(message)
  }
}
