import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "templates" ALTER COLUMN "owner_id" DROP NOT NULL;
  ALTER TABLE "sites" ADD COLUMN "published_version_id" varchar;
  ALTER TABLE "sites" ADD COLUMN "published_at" timestamp(3) with time zone;
  ALTER TABLE "templates" ADD COLUMN "source_file" varchar;
  ALTER TABLE "templates" ADD COLUMN "source_hash" varchar;
  ALTER TABLE "sites" ADD CONSTRAINT "sites_published_version_id_site_versions_id_fk" FOREIGN KEY ("published_version_id") REFERENCES "public"."site_versions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "sites_published_version_idx" ON "sites" USING btree ("published_version_id");
  CREATE INDEX "templates_source_file_idx" ON "templates" USING btree ("source_file");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sites" DROP CONSTRAINT "sites_published_version_id_site_versions_id_fk";
  
  DROP INDEX "sites_published_version_idx";
  DROP INDEX "templates_source_file_idx";
  ALTER TABLE "templates" ALTER COLUMN "owner_id" SET NOT NULL;
  ALTER TABLE "sites" DROP COLUMN "published_version_id";
  ALTER TABLE "sites" DROP COLUMN "published_at";
  ALTER TABLE "templates" DROP COLUMN "source_file";
  ALTER TABLE "templates" DROP COLUMN "source_hash";`)
}
