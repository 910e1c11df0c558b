import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_usages_usage_type" AS ENUM('templateConfig');
  CREATE TABLE "media_usages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"asset_id" integer NOT NULL,
  	"site_id" integer NOT NULL,
  	"user_id" integer,
  	"usage_type" "enum_media_usages_usage_type" DEFAULT 'templateConfig' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media_assets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"alt" varchar,
  	"file_name" varchar,
  	"storage_path" varchar,
  	"file_url" varchar,
  	"file_hash" varchar,
  	"media_type" varchar,
  	"file_size" numeric,
  	"storage_bucket" varchar,
  	"uploaded_by_id" integer,
  	"uploaded_at" timestamp(3) with time zone,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_usages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_assets_id" integer;
  ALTER TABLE "media_usages" ADD CONSTRAINT "media_usages_asset_id_media_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."media_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_usages" ADD CONSTRAINT "media_usages_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_usages" ADD CONSTRAINT "media_usages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_assets" ADD CONSTRAINT "media_assets_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_assets" ADD CONSTRAINT "media_assets_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_usages_asset_idx" ON "media_usages" USING btree ("asset_id");
  CREATE INDEX "media_usages_site_idx" ON "media_usages" USING btree ("site_id");
  CREATE INDEX "media_usages_user_idx" ON "media_usages" USING btree ("user_id");
  CREATE INDEX "media_usages_updated_at_idx" ON "media_usages" USING btree ("updated_at");
  CREATE INDEX "media_usages_created_at_idx" ON "media_usages" USING btree ("created_at");
  CREATE UNIQUE INDEX "asset_site_usageType_idx" ON "media_usages" USING btree ("asset_id","site_id","usage_type");
  CREATE INDEX "media_assets_site_idx" ON "media_assets" USING btree ("site_id");
  CREATE UNIQUE INDEX "media_assets_storage_path_idx" ON "media_assets" USING btree ("storage_path");
  CREATE UNIQUE INDEX "media_assets_file_url_idx" ON "media_assets" USING btree ("file_url");
  CREATE INDEX "media_assets_file_hash_idx" ON "media_assets" USING btree ("file_hash");
  CREATE INDEX "media_assets_uploaded_by_idx" ON "media_assets" USING btree ("uploaded_by_id");
  CREATE INDEX "media_assets_updated_at_idx" ON "media_assets" USING btree ("updated_at");
  CREATE INDEX "media_assets_created_at_idx" ON "media_assets" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_assets_filename_idx" ON "media_assets" USING btree ("filename");
  CREATE INDEX "media_assets_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media_assets" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_assets_sizes_card_sizes_card_filename_idx" ON "media_assets" USING btree ("sizes_card_filename");
  CREATE INDEX "media_assets_sizes_hero_sizes_hero_filename_idx" ON "media_assets" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "site_fileHash_idx" ON "media_assets" USING btree ("site_id","file_hash");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_usages_fk" FOREIGN KEY ("media_usages_id") REFERENCES "public"."media_usages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_assets_fk" FOREIGN KEY ("media_assets_id") REFERENCES "public"."media_assets"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_media_usages_id_idx" ON "payload_locked_documents_rels" USING btree ("media_usages_id");
  CREATE INDEX "payload_locked_documents_rels_media_assets_id_idx" ON "payload_locked_documents_rels" USING btree ("media_assets_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media_usages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_assets" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "media_usages" CASCADE;
  DROP TABLE "media_assets" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_usages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_assets_fk";
  
  DROP INDEX "payload_locked_documents_rels_media_usages_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_assets_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_usages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_assets_id";
  DROP TYPE "public"."enum_media_usages_usage_type";`)
}
