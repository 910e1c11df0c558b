import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_payments_locale" AS ENUM('pl', 'en');
  CREATE TYPE "public"."enum_big_events_location_kind" AS ENUM('in_person', 'online');
  CREATE TYPE "public"."enum_big_events_status" AS ENUM('draft', 'published', 'cancelled');
  CREATE TYPE "public"."enum_big_event_registrations_locale" AS ENUM('pl', 'en');
  CREATE TYPE "public"."enum_big_event_registrations_status" AS ENUM('pending_payment', 'confirmed', 'waitlisted', 'cancelled', 'refunded');
  CREATE TYPE "public"."enum_big_event_registrations_cancel_reason" AS ENUM('visitor', 'owner', 'hold-expired', 'offer-expired', 'event-cancelled');
  CREATE TABLE "big_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"description" jsonb,
  	"image_id" integer,
  	"start_date" timestamp(3) with time zone NOT NULL,
  	"end_date" timestamp(3) with time zone NOT NULL,
  	"time_zone" varchar DEFAULT 'Europe/Warsaw',
  	"location_kind" "enum_big_events_location_kind" DEFAULT 'in_person',
  	"location" varchar,
  	"online_url" varchar,
  	"max_participants" numeric NOT NULL,
  	"current_participants" numeric DEFAULT 0,
  	"price" numeric DEFAULT 0 NOT NULL,
  	"early_bird_price" numeric,
  	"early_bird_ends_at" timestamp(3) with time zone,
  	"cancel_cutoff_hours" numeric DEFAULT 24,
  	"details" jsonb DEFAULT '{"questions":[]}'::jsonb,
  	"status" "enum_big_events_status" DEFAULT 'draft' NOT NULL,
  	"send_email_on_publish" boolean DEFAULT false,
  	"email_sent" boolean DEFAULT false,
  	"email_sent_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"creator_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "big_event_registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"event_id" integer NOT NULL,
  	"client_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"locale" "enum_big_event_registrations_locale" DEFAULT 'pl',
  	"status" "enum_big_event_registrations_status" NOT NULL,
  	"cancel_reason" "enum_big_event_registrations_cancel_reason",
  	"amount" numeric,
  	"payment_id" numeric,
  	"hold_expires_at" timestamp(3) with time zone,
  	"offer_expires_at" timestamp(3) with time zone,
  	"answers" jsonb,
  	"checked_in_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"refunded_at" timestamp(3) with time zone,
  	"reminder_sent_at" timestamp(3) with time zone,
  	"token" varchar,
  	"token_seed" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "big_event_announcements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"event_id" integer NOT NULL,
  	"email" varchar NOT NULL,
  	"subscription_id" numeric,
  	"locale" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payments" ALTER COLUMN "user_id" DROP NOT NULL;
  ALTER TABLE "payments" ADD COLUMN "payer_name" varchar;
  ALTER TABLE "payments" ADD COLUMN "locale" "enum_payments_locale";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "big_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "big_event_registrations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "big_event_announcements_id" integer;
  ALTER TABLE "big_events" ADD CONSTRAINT "big_events_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "big_events" ADD CONSTRAINT "big_events_image_id_media_assets_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media_assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "big_events" ADD CONSTRAINT "big_events_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "big_event_registrations" ADD CONSTRAINT "big_event_registrations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "big_event_registrations" ADD CONSTRAINT "big_event_registrations_event_id_big_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."big_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "big_event_registrations" ADD CONSTRAINT "big_event_registrations_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "big_event_announcements" ADD CONSTRAINT "big_event_announcements_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "big_event_announcements" ADD CONSTRAINT "big_event_announcements_event_id_big_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."big_events"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "big_events_site_idx" ON "big_events" USING btree ("site_id");
  CREATE INDEX "big_events_slug_idx" ON "big_events" USING btree ("slug");
  CREATE INDEX "big_events_image_idx" ON "big_events" USING btree ("image_id");
  CREATE INDEX "big_events_status_idx" ON "big_events" USING btree ("status");
  CREATE INDEX "big_events_creator_idx" ON "big_events" USING btree ("creator_id");
  CREATE INDEX "big_events_updated_at_idx" ON "big_events" USING btree ("updated_at");
  CREATE INDEX "big_events_created_at_idx" ON "big_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_slug_idx" ON "big_events" USING btree ("site_id","slug");
  CREATE INDEX "status_startDate_idx" ON "big_events" USING btree ("status","start_date");
  CREATE INDEX "big_event_registrations_site_idx" ON "big_event_registrations" USING btree ("site_id");
  CREATE INDEX "big_event_registrations_event_idx" ON "big_event_registrations" USING btree ("event_id");
  CREATE INDEX "big_event_registrations_client_idx" ON "big_event_registrations" USING btree ("client_id");
  CREATE INDEX "big_event_registrations_status_idx" ON "big_event_registrations" USING btree ("status");
  CREATE INDEX "big_event_registrations_payment_id_idx" ON "big_event_registrations" USING btree ("payment_id");
  CREATE UNIQUE INDEX "big_event_registrations_token_idx" ON "big_event_registrations" USING btree ("token");
  CREATE INDEX "big_event_registrations_updated_at_idx" ON "big_event_registrations" USING btree ("updated_at");
  CREATE INDEX "big_event_registrations_created_at_idx" ON "big_event_registrations" USING btree ("created_at");
  CREATE INDEX "event_status_idx" ON "big_event_registrations" USING btree ("event_id","status");
  CREATE INDEX "status_holdExpiresAt_idx" ON "big_event_registrations" USING btree ("status","hold_expires_at");
  CREATE INDEX "event_email_idx" ON "big_event_registrations" USING btree ("event_id","email");
  CREATE INDEX "big_event_announcements_site_idx" ON "big_event_announcements" USING btree ("site_id");
  CREATE INDEX "big_event_announcements_event_idx" ON "big_event_announcements" USING btree ("event_id");
  CREATE INDEX "big_event_announcements_updated_at_idx" ON "big_event_announcements" USING btree ("updated_at");
  CREATE INDEX "big_event_announcements_created_at_idx" ON "big_event_announcements" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_email_1_idx" ON "big_event_announcements" USING btree ("event_id","email");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_big_events_fk" FOREIGN KEY ("big_events_id") REFERENCES "public"."big_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_big_event_registrations_fk" FOREIGN KEY ("big_event_registrations_id") REFERENCES "public"."big_event_registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_big_event_announcements_fk" FOREIGN KEY ("big_event_announcements_id") REFERENCES "public"."big_event_announcements"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_big_events_id_idx" ON "payload_locked_documents_rels" USING btree ("big_events_id");
  CREATE INDEX "payload_locked_documents_rels_big_event_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("big_event_registrations_id");
  CREATE INDEX "payload_locked_documents_rels_big_event_announcements_id_idx" ON "payload_locked_documents_rels" USING btree ("big_event_announcements_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "big_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "big_event_registrations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "big_event_announcements" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "big_events" CASCADE;
  DROP TABLE "big_event_registrations" CASCADE;
  DROP TABLE "big_event_announcements" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_big_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_big_event_registrations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_big_event_announcements_fk";
  
  DROP INDEX "payload_locked_documents_rels_big_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_big_event_registrations_id_idx";
  DROP INDEX "payload_locked_documents_rels_big_event_announcements_id_idx";
  ALTER TABLE "payments" ALTER COLUMN "user_id" SET NOT NULL;
  ALTER TABLE "payments" DROP COLUMN "payer_name";
  ALTER TABLE "payments" DROP COLUMN "locale";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "big_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "big_event_registrations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "big_event_announcements_id";
  DROP TYPE "public"."enum_payments_locale";
  DROP TYPE "public"."enum_big_events_location_kind";
  DROP TYPE "public"."enum_big_events_status";
  DROP TYPE "public"."enum_big_event_registrations_locale";
  DROP TYPE "public"."enum_big_event_registrations_status";
  DROP TYPE "public"."enum_big_event_registrations_cancel_reason";`)
}
