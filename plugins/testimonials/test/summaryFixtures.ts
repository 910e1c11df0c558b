/**
 * Fixtures for the summary tests and benchmark: testimonials made through the Local API as trusted setup code
 * (hooks run, as for an owner's own), and approved ones in bulk straight into PostgreSQL (one multi-row INSERT
 * per 1,000, no hooks) for the 10,000 of the benchmark.
 */
import type { Payload } from 'payload'

import pg from 'pg'

import { TESTIMONIALS, type TestimonialStatus } from '../slugs'

let made = 0

export const addTestimonial = async (
  payload: Payload,
  siteId: number,
  { rating = 5, status = 'approved', content, locale = 'pl' }: { rating?: number; status?: TestimonialStatus; content?: string; locale?: 'pl' | 'en' } = {},
) =>
  payload.create({
    collection: TESTIMONIALS,
    data: {
      site: siteId,
      authorName: `Autor ${++made}`,
      rating,
      status,
      content: content ?? `Opinia numer ${made}. Spokojna atmosfera na sesjach.`,
      locale,
      source: 'manual',
    },
    overrideAccess: true, // test setup: stands for what the form, an invitation or the owner would store
    depth: 0,
  })

const POLISH = [
  'Spokojna atmosfera na każdej sesji.',
  'Ćwiczenia oddechowe pomogły mi ze stresem w pracy.',
  'Profesjonalne podejście i ogromna cierpliwość.',
  'Po kilku sesjach lepiej śpię i mniej się martwię.',
  'Konkretne zadania między spotkaniami bardzo pomagają.',
  'Czułam się wysłuchana i bezpieczna od pierwszej rozmowy.',
  'Nauczyłam się stawiać granice w relacjach.',
  'Wystąpienia publiczne przestały mnie paraliżować.',
]
const ENGLISH = [
  'A calm atmosphere in every session.',
  'Breathing exercises helped me with stress at work.',
  'A professional approach and endless patience.',
  'After a few sessions I sleep better and worry less.',
  'Practical tasks between sessions help a lot.',
]

/**
 * `count` approved testimonials of a site, 1,000 per INSERT (PostgreSQL only): ratings cycle 1–5, every fourth
 * is in English, each text is two stock sentences, the newest first a minute apart.
 */
export const insertApprovedBulk = async (databaseURL: string, siteId: number, count: number): Promise<void> => {
  const client = new pg.Client({ connectionString: databaseURL })
  await client.connect()
  try {
    for (let start = 0; start < count; start += 1000) {
      const numbers = Array.from({ length: Math.min(1000, count - start) }, (_, offset) => start + offset)
      await client.query(
        `INSERT INTO "testimonials" ("site_id", "author_name", "rating", "content", "status", "is_approved", "source", "locale", "created_at", "updated_at")
         SELECT $1, 'Klient ' || n, (n % 5) + 1,
                CASE WHEN n % 4 = 0
                  THEN ($3::text[])[(n % cardinality($3::text[])) + 1] || ' ' || ($3::text[])[((n / 4) % cardinality($3::text[])) + 1]
                  ELSE ($2::text[])[(n % cardinality($2::text[])) + 1] || ' ' || ($2::text[])[((n / 3) % cardinality($2::text[])) + 1]
                END,
                'approved', true, 'imported', (CASE WHEN n % 4 = 0 THEN 'en' ELSE 'pl' END)::"enum_testimonials_locale",
                now() - n * interval '1 minute', now()
         FROM unnest($4::int[]) AS n`,
        [siteId, POLISH, ENGLISH, numbers],
      )
    }
  } finally {
    await client.end()
  }
}
