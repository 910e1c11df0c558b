import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_testimonials_status" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_testimonials_source" AS ENUM('form', 'invited', 'imported', 'manual');
  CREATE TYPE "public"."enum_testimonials_locale" AS ENUM('pl', 'en');
  CREATE TYPE "public"."enum_testimonial_summaries_locale" AS ENUM('pl', 'en');
  CREATE TABLE "testimonials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"author_name" varchar NOT NULL,
  	"author_email" varchar,
  	"rating" numeric NOT NULL,
  	"content" varchar NOT NULL,
  	"status" "enum_testimonials_status" DEFAULT 'pending' NOT NULL,
  	"is_approved" boolean DEFAULT false,
  	"is_featured" boolean DEFAULT false,
  	"source" "enum_testimonials_source" DEFAULT 'manual' NOT NULL,
  	"is_verified_client" boolean DEFAULT false,
  	"reply" varchar,
  	"locale" "enum_testimonials_locale" DEFAULT 'pl' NOT NULL,
  	"given_at" timestamp(3) with time zone,
  	"consent_at" timestamp(3) with time zone,
  	"email_verified_at" timestamp(3) with time zone,
  	"moderated_at" timestamp(3) with time zone,
  	"replied_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "testimonial_summaries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"locale" "enum_testimonial_summaries_locale" NOT NULL,
  	"summary" varchar,
  	"detailed_summary" jsonb,
  	"total_count" numeric DEFAULT 0,
  	"average_rating" numeric,
  	"histogram" jsonb,
  	"generator" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "testimonials_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "testimonial_summaries_id" integer;
  ALTER TABLE "testimonials" ADD CONSTRAINT "testimonials_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "testimonial_summaries" ADD CONSTRAINT "testimonial_summaries_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "testimonials_site_idx" ON "testimonials" USING btree ("site_id");
  CREATE INDEX "testimonials_status_idx" ON "testimonials" USING btree ("status");
  CREATE INDEX "testimonials_is_approved_idx" ON "testimonials" USING btree ("is_approved");
  CREATE INDEX "testimonials_updated_at_idx" ON "testimonials" USING btree ("updated_at");
  CREATE INDEX "testimonials_created_at_idx" ON "testimonials" USING btree ("created_at");
  CREATE INDEX "site_status_idx" ON "testimonials" USING btree ("site_id","status");
  CREATE INDEX "testimonial_summaries_site_idx" ON "testimonial_summaries" USING btree ("site_id");
  CREATE INDEX "testimonial_summaries_updated_at_idx" ON "testimonial_summaries" USING btree ("updated_at");
  CREATE INDEX "testimonial_summaries_created_at_idx" ON "testimonial_summaries" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_locale_idx" ON "testimonial_summaries" USING btree ("site_id","locale");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_testimonials_fk" FOREIGN KEY ("testimonials_id") REFERENCES "public"."testimonials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_testimonial_summaries_fk" FOREIGN KEY ("testimonial_summaries_id") REFERENCES "public"."testimonial_summaries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_testimonials_id_idx" ON "payload_locked_documents_rels" USING btree ("testimonials_id");
  CREATE INDEX "payload_locked_documents_rels_testimonial_summaries_id_idx" ON "payload_locked_documents_rels" USING btree ("testimonial_summaries_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "testimonials" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "testimonial_summaries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "testimonials" CASCADE;
  DROP TABLE "testimonial_summaries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_testimonials_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_testimonial_summaries_fk";
  
  DROP INDEX "payload_locked_documents_rels_testimonials_id_idx";
  DROP INDEX "payload_locked_documents_rels_testimonial_summaries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "testimonials_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "testimonial_summaries_id";
  DROP TYPE "public"."enum_testimonials_status";
  DROP TYPE "public"."enum_testimonials_source";
  DROP TYPE "public"."enum_testimonials_locale";
  DROP TYPE "public"."enum_testimonial_summaries_locale";`)
}
