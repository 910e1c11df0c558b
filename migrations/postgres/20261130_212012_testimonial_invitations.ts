import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_testimonial_requests_locale" AS ENUM('pl', 'en');
  CREATE TYPE "public"."enum_testimonial_requests_status" AS ENUM('scheduled', 'sent', 'completed', 'cancelled');
  CREATE TYPE "public"."enum_testimonial_requests_cancel_reason" AS ENUM('opted-out', 'switched-off');
  CREATE TABLE "testimonial_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"email" varchar NOT NULL,
  	"name" varchar,
  	"locale" "enum_testimonial_requests_locale" DEFAULT 'pl' NOT NULL,
  	"host_key" varchar NOT NULL,
  	"host_name" varchar,
  	"session_id" varchar NOT NULL,
  	"session_title" varchar,
  	"session_ended_at" timestamp(3) with time zone,
  	"status" "enum_testimonial_requests_status" DEFAULT 'scheduled' NOT NULL,
  	"cancel_reason" "enum_testimonial_requests_cancel_reason",
  	"send_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"used_at" timestamp(3) with time zone,
  	"testimonial_id" integer,
  	"token" varchar,
  	"token_seed" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "testimonial_opt_outs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"email" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "sites" ADD COLUMN "testimonial_invitations" boolean DEFAULT true;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "testimonial_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "testimonial_opt_outs_id" integer;
  ALTER TABLE "testimonial_requests" ADD CONSTRAINT "testimonial_requests_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "testimonial_requests" ADD CONSTRAINT "testimonial_requests_testimonial_id_testimonials_id_fk" FOREIGN KEY ("testimonial_id") REFERENCES "public"."testimonials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "testimonial_opt_outs" ADD CONSTRAINT "testimonial_opt_outs_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "testimonial_requests_site_idx" ON "testimonial_requests" USING btree ("site_id");
  CREATE INDEX "testimonial_requests_status_idx" ON "testimonial_requests" USING btree ("status");
  CREATE INDEX "testimonial_requests_testimonial_idx" ON "testimonial_requests" USING btree ("testimonial_id");
  CREATE UNIQUE INDEX "testimonial_requests_token_idx" ON "testimonial_requests" USING btree ("token");
  CREATE INDEX "testimonial_requests_updated_at_idx" ON "testimonial_requests" USING btree ("updated_at");
  CREATE INDEX "testimonial_requests_created_at_idx" ON "testimonial_requests" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_sessionId_email_idx" ON "testimonial_requests" USING btree ("site_id","session_id","email");
  CREATE INDEX "site_hostKey_email_idx" ON "testimonial_requests" USING btree ("site_id","host_key","email");
  CREATE INDEX "status_sendAt_idx" ON "testimonial_requests" USING btree ("status","send_at");
  CREATE INDEX "testimonial_opt_outs_site_idx" ON "testimonial_opt_outs" USING btree ("site_id");
  CREATE INDEX "testimonial_opt_outs_updated_at_idx" ON "testimonial_opt_outs" USING btree ("updated_at");
  CREATE INDEX "testimonial_opt_outs_created_at_idx" ON "testimonial_opt_outs" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_email_3_idx" ON "testimonial_opt_outs" USING btree ("site_id","email");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_testimonial_requests_fk" FOREIGN KEY ("testimonial_requests_id") REFERENCES "public"."testimonial_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_testimonial_opt_outs_fk" FOREIGN KEY ("testimonial_opt_outs_id") REFERENCES "public"."testimonial_opt_outs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_testimonial_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("testimonial_requests_id");
  CREATE INDEX "payload_locked_documents_rels_testimonial_opt_outs_id_idx" ON "payload_locked_documents_rels" USING btree ("testimonial_opt_outs_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "testimonial_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "testimonial_opt_outs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "testimonial_requests" CASCADE;
  DROP TABLE "testimonial_opt_outs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_testimonial_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_testimonial_opt_outs_fk";
  
  DROP INDEX "payload_locked_documents_rels_testimonial_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_testimonial_opt_outs_id_idx";
  ALTER TABLE "sites" DROP COLUMN "testimonial_invitations";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "testimonial_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "testimonial_opt_outs_id";
  DROP TYPE "public"."enum_testimonial_requests_locale";
  DROP TYPE "public"."enum_testimonial_requests_status";
  DROP TYPE "public"."enum_testimonial_requests_cancel_reason";`)
}
