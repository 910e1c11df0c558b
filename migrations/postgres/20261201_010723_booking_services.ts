import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "booking_services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"title_pl" varchar NOT NULL,
  	"title_en" varchar,
  	"description_pl" varchar,
  	"description_en" varchar,
  	"duration_minutes" numeric DEFAULT 60 NOT NULL,
  	"price" numeric,
  	"sort_order" numeric DEFAULT 0,
  	"is_active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "availability_blocks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"booking_services_id" integer
  );
  
  ALTER TABLE "events" ADD COLUMN "service_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "booking_services_id" integer;
  ALTER TABLE "booking_services" ADD CONSTRAINT "booking_services_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "availability_blocks_rels" ADD CONSTRAINT "availability_blocks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."availability_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "availability_blocks_rels" ADD CONSTRAINT "availability_blocks_rels_booking_services_fk" FOREIGN KEY ("booking_services_id") REFERENCES "public"."booking_services"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "booking_services_site_idx" ON "booking_services" USING btree ("site_id");
  CREATE INDEX "booking_services_is_active_idx" ON "booking_services" USING btree ("is_active");
  CREATE INDEX "booking_services_updated_at_idx" ON "booking_services" USING btree ("updated_at");
  CREATE INDEX "booking_services_created_at_idx" ON "booking_services" USING btree ("created_at");
  CREATE INDEX "availability_blocks_rels_order_idx" ON "availability_blocks_rels" USING btree ("order");
  CREATE INDEX "availability_blocks_rels_parent_idx" ON "availability_blocks_rels" USING btree ("parent_id");
  CREATE INDEX "availability_blocks_rels_path_idx" ON "availability_blocks_rels" USING btree ("path");
  CREATE INDEX "availability_blocks_rels_booking_services_id_idx" ON "availability_blocks_rels" USING btree ("booking_services_id");
  ALTER TABLE "events" ADD CONSTRAINT "events_service_id_booking_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."booking_services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_booking_services_fk" FOREIGN KEY ("booking_services_id") REFERENCES "public"."booking_services"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_service_idx" ON "events" USING btree ("service_id");
  CREATE INDEX "payload_locked_documents_rels_booking_services_id_idx" ON "payload_locked_documents_rels" USING btree ("booking_services_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "booking_services" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "availability_blocks_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "booking_services" CASCADE;
  DROP TABLE "availability_blocks_rels" CASCADE;
  ALTER TABLE "events" DROP CONSTRAINT "events_service_id_booking_services_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_booking_services_fk";
  
  DROP INDEX "events_service_idx";
  DROP INDEX "payload_locked_documents_rels_booking_services_id_idx";
  ALTER TABLE "events" DROP COLUMN "service_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "booking_services_id";`)
}
