import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

import { lexicalToPlainText, plainTextToLexical } from '../../src/platform/auth/termsContent'

type Row = { id: number; content_pl: unknown; content_en: unknown }

/**
 * The terms of service become rich text: the columns turn into jsonb (each old text first kept as a JSON string),
 * then every stored text is rewritten as Lexical, a paragraph per blank-line-separated block (plainTextToLexical).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "terms_of_service" ALTER COLUMN "content_pl" SET DATA TYPE jsonb USING to_jsonb("content_pl");
  ALTER TABLE "terms_of_service" ALTER COLUMN "content_en" SET DATA TYPE jsonb USING to_jsonb("content_en");`)
  const { rows } = (await db.execute(sql`SELECT "id", "content_pl", "content_en" FROM "terms_of_service"`)) as unknown as { rows: Row[] }
  for (const row of rows) {
    const pl = typeof row.content_pl === 'string' ? plainTextToLexical(row.content_pl) : row.content_pl
    const en = typeof row.content_en === 'string' ? plainTextToLexical(row.content_en) : row.content_en
    await db.execute(sql`UPDATE "terms_of_service" SET "content_pl" = ${JSON.stringify(pl)}::jsonb, "content_en" = ${JSON.stringify(en)}::jsonb WHERE "id" = ${row.id}`)
  }
}

/** Back to plain text: the paragraphs' text, separated by blank lines (formatting is lost). */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  const { rows } = (await db.execute(sql`SELECT "id", "content_pl", "content_en" FROM "terms_of_service"`)) as unknown as { rows: Row[] }
  for (const row of rows) {
    await db.execute(
      sql`UPDATE "terms_of_service" SET "content_pl" = to_jsonb(${lexicalToPlainText(row.content_pl)}::text), "content_en" = to_jsonb(${lexicalToPlainText(row.content_en)}::text) WHERE "id" = ${row.id}`,
    )
  }
  await db.execute(sql`
   ALTER TABLE "terms_of_service" ALTER COLUMN "content_pl" SET DATA TYPE varchar USING "content_pl" #>> '{}';
  ALTER TABLE "terms_of_service" ALTER COLUMN "content_en" SET DATA TYPE varchar USING "content_en" #>> '{}';`)
}
