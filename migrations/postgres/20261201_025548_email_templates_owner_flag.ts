import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ADD COLUMN "has_own_email_templates" boolean DEFAULT false;`)
  // Owners who already have their own versions keep seeing them in the admin.
  await db.execute(sql`
   UPDATE "users" SET "has_own_email_templates" = true
   WHERE "id" IN (SELECT "owner_id" FROM "email_templates" WHERE "is_default" = false AND "owner_id" IS NOT NULL);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" DROP COLUMN "has_own_email_templates";`)
}
