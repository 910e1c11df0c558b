import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "testimonials" ADD COLUMN "owner_notified_at" timestamp(3) with time zone;
  ALTER TABLE "testimonials" ADD COLUMN "email_verification_token" varchar;
  ALTER TABLE "testimonials" ADD COLUMN "email_verification_token_seed" varchar;
  CREATE UNIQUE INDEX "testimonials_email_verification_token_idx" ON "testimonials" USING btree ("email_verification_token");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "testimonials_email_verification_token_idx";
  ALTER TABLE "testimonials" DROP COLUMN "owner_notified_at";
  ALTER TABLE "testimonials" DROP COLUMN "email_verification_token";
  ALTER TABLE "testimonials" DROP COLUMN "email_verification_token_seed";`)
}
