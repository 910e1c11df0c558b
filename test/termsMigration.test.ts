/**
 * The terms-of-service migration on a real PostgreSQL: plain texts stored before become Lexical rich text
 * (a paragraph per block, line breaks kept), and down() gives the texts back.
 */
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'

import { down, up } from '../migrations/postgres/20261201_011710_terms_rich_text'
import { lexicalToPlainText } from '../src/platform/auth/termsContent'
import { createDatabase } from '../src/platform/testing/platform'

let client: pg.Client

beforeAll(async () => {
  client = new pg.Client({ connectionString: await createDatabase() })
  await client.connect()
  // The table as the migrations before this one left it.
  await client.query(
    'CREATE TABLE "terms_of_service" ("id" serial PRIMARY KEY, "version" varchar NOT NULL, "content_pl" varchar NOT NULL, "content_en" varchar NOT NULL)',
  )
  await client.query(
    `INSERT INTO "terms_of_service" ("version", "content_pl", "content_en") VALUES ('2026-01', E'§ 1. Postanowienia\\nTreść „cytat”.\\n\\n§ 2. Konto', 'Terms')`,
  )
})

afterAll(async () => {
  await client?.end()
})

it('converts stored plain text to rich text, and back', async () => {
  const db = drizzle(client)
  await up({ db, payload: undefined, req: undefined } as never)
  const { rows } = await client.query('SELECT "content_pl", "content_en", pg_typeof("content_pl")::text AS type FROM "terms_of_service"')
  expect(rows[0].type).toBe('jsonb')
  expect(rows[0].content_pl.root.children).toMatchObject([
    { type: 'paragraph', children: [{ text: '§ 1. Postanowienia' }, { type: 'linebreak' }, { text: 'Treść „cytat”.' }] },
    { type: 'paragraph', children: [{ text: '§ 2. Konto' }] },
  ])
  expect(lexicalToPlainText(rows[0].content_en)).toBe('Terms')

  await down({ db, payload: undefined, req: undefined } as never)
  const back = await client.query('SELECT "content_pl", pg_typeof("content_pl")::text AS type FROM "terms_of_service"')
  expect(back.rows[0]).toEqual({ content_pl: '§ 1. Postanowienia\nTreść „cytat”.\n\n§ 2. Konto', type: 'character varying' })
})
