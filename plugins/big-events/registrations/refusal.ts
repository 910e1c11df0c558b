/** Answers with the platform's error shape (`{ errors: [{ message, field? }] }`); a refusal thrown inside a transaction rolls it back. */
import type { FieldError } from './request'

export const errorAnswer = (errors: Array<FieldError | { message: string }>, status: number, headers: Record<string, string> = {}): Response =>
  Response.json({ errors }, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

export class Refusal extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message)
  }

  answer(): Response {
    return errorAnswer([this.field ? { message: this.message, field: this.field } : { message: this.message }], this.status)
  }
}
