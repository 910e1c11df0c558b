/** A visitor endpoint's JSON body, checked with a zod schema: the parsed value, or a 400 naming the first problem. */
import type { PayloadRequest } from 'payload'
import type { z, ZodType } from 'zod'

import { APIError } from 'payload'

import { readJsonBody } from './json'

export const readBody = async <Schema extends ZodType>(req: PayloadRequest, schema: Schema): Promise<z.infer<Schema>> => {
  const parsed = schema.safeParse(await readJsonBody(req))
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new APIError(issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message, 400)
}
