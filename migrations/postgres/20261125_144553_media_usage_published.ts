import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_media_usages_usage_type" ADD VALUE 'publishedVersion';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media_usages" ALTER COLUMN "usage_type" SET DATA TYPE text;
  DELETE FROM "media_usages" WHERE "usage_type" = 'publishedVersion';
  ALTER TABLE "media_usages" ALTER COLUMN "usage_type" SET DEFAULT 'templateConfig'::text;
  DROP TYPE "public"."enum_media_usages_usage_type";
  CREATE TYPE "public"."enum_media_usages_usage_type" AS ENUM('templateConfig');
  ALTER TABLE "media_usages" ALTER COLUMN "usage_type" SET DEFAULT 'templateConfig'::"public"."enum_media_usages_usage_type";
  ALTER TABLE "media_usages" ALTER COLUMN "usage_type" SET DATA TYPE "public"."enum_media_usages_usage_type" USING "usage_type"::"public"."enum_media_usages_usage_type";`)
}
