/** Setup for the moderation and import tests: testimonials made as trusted setup code, and raw requests as a session. */
import type { Payload } from 'payload'

import type { Session } from '@platform/testing'
import { TEST_PUBLIC_URL } from '@platform/testing'
import { TESTIMONIALS } from '../slugs'

let counter = 0

export type TestimonialData = {
  status?: 'pending' | 'approved' | 'rejected'
  source?: 'form' | 'invited' | 'imported' | 'manual'
  authorName?: string
  content?: string
  rating?: number
  isFeatured?: boolean
}

export const addTestimonial = async (payload: Payload, site: number, data: TestimonialData = {}) => {
  counter++
  return payload.create({
    collection: TESTIMONIALS,
    data: {
      site,
      authorName: data.authorName ?? `Autor ${counter}`,
      content: data.content ?? `Bardzo pomocne spotkania, numer ${counter}.`,
      rating: data.rating ?? 5,
      status: data.status ?? 'pending',
      source: data.source ?? 'form',
      isFeatured: data.isFeatured ?? false,
      locale: 'pl',
    },
    overrideAccess: true, // trusted: test setup, as the public form would store it
  })
}

export const readTestimonial = (payload: Payload, id: number) => payload.findByID({ collection: TESTIMONIALS, id, depth: 0, overrideAccess: true }) // trusted: the test checks what is stored

/** A request as the session's browser would send it, with any body and language. */
export const send = async (
  baseURL: string,
  who: Session,
  method: string,
  path: string,
  { body, contentType, language = 'en' }: { body?: BodyInit; contentType?: string; language?: string } = {},
) => {
  const cookie = who.cookie()
  const res = await fetch(`${baseURL}${path}`, {
    method,
    headers: {
      origin: TEST_PUBLIC_URL,
      'accept-language': language,
      ...(cookie ? { cookie } : {}),
      ...(contentType ? { 'content-type': contentType } : {}),
    },
    body,
  })
  const text = await res.text()
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the answer it expects
  let json: any
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = text
  }
  return { status: res.status, body: json }
}
