import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_event_type" AS ENUM('one_on_one', 'group');
  CREATE TYPE "public"."enum_events_status" AS ENUM('scheduled', 'cancelled');
  CREATE TYPE "public"."enum_bookings_status" AS ENUM('confirmed', 'cancelled');
  CREATE TYPE "public"."enum_bookings_cancelled_by" AS ENUM('client', 'host');
  CREATE TYPE "public"."enum_bookings_locale" AS ENUM('pl', 'en');
  CREATE TYPE "public"."enum_attended_sessions_host_type" AS ENUM('owner', 'team_member');
  CREATE TYPE "public"."enum_attended_sessions_source" AS ENUM('auto', 'manual');
  CREATE TABLE "custom_react_components" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"source_code" varchar NOT NULL,
  	"compiled_js" varchar,
  	"compiled_bytes" numeric,
  	"compiled_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"start_time" timestamp(3) with time zone NOT NULL,
  	"end_time" timestamp(3) with time zone NOT NULL,
  	"event_type" "enum_events_event_type" DEFAULT 'one_on_one' NOT NULL,
  	"capacity" numeric DEFAULT 1 NOT NULL,
  	"status" "enum_events_status" DEFAULT 'scheduled' NOT NULL,
  	"assigned_to_owner_id" integer,
  	"assigned_to_team_member_id" integer,
  	"show_host" boolean DEFAULT true,
  	"creator_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clients_id" integer
  );
  
  CREATE TABLE "availability_blocks_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" varchar
  );
  
  CREATE TABLE "availability_blocks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"title" varchar DEFAULT 'Availability',
  	"date" varchar NOT NULL,
  	"start_time" varchar NOT NULL,
  	"end_time" varchar NOT NULL,
  	"meeting_length" numeric DEFAULT 60 NOT NULL,
  	"time_snapping" numeric DEFAULT 30 NOT NULL,
  	"buffer_time" numeric DEFAULT 0 NOT NULL,
  	"repeat_weekly" boolean DEFAULT false,
  	"repeat_until" varchar,
  	"assigned_to_owner_id" integer,
  	"assigned_to_team_member_id" integer,
  	"show_host" boolean DEFAULT true,
  	"creator_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bookings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"event_id" integer NOT NULL,
  	"client_id" integer,
  	"guest_email" varchar NOT NULL,
  	"guest_name" varchar NOT NULL,
  	"notes" varchar,
  	"status" "enum_bookings_status" DEFAULT 'confirmed' NOT NULL,
  	"cancelled_at" timestamp(3) with time zone,
  	"cancelled_by" "enum_bookings_cancelled_by",
  	"rescheduled_from" timestamp(3) with time zone,
  	"sequence" numeric DEFAULT 0,
  	"locale" "enum_bookings_locale" DEFAULT 'pl',
  	"time_zone" varchar,
  	"management_token" varchar,
  	"management_token_seed" varchar,
  	"reminder_sent_at" timestamp(3) with time zone,
  	"rescheduled_at" timestamp(3) with time zone,
  	"request_ip" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "attended_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"event_id" integer,
  	"host_type" "enum_attended_sessions_host_type" NOT NULL,
  	"host_user_id" integer,
  	"host_team_member_id" integer,
  	"title" varchar NOT NULL,
  	"start_time" timestamp(3) with time zone NOT NULL,
  	"end_time" timestamp(3) with time zone NOT NULL,
  	"duration_minutes" numeric NOT NULL,
  	"recorded_at" timestamp(3) with time zone,
  	"source" "enum_attended_sessions_source" DEFAULT 'manual' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "booking_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"minimum_notice_minutes" numeric DEFAULT 120 NOT NULL,
  	"booking_window_days" numeric DEFAULT 60 NOT NULL,
  	"cancel_cutoff_hours" numeric DEFAULT 24 NOT NULL,
  	"time_zone" varchar DEFAULT 'Europe/Warsaw' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "sites" ADD COLUMN "domain" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "custom_react_components_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "availability_blocks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bookings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "attended_sessions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "booking_settings_id" integer;
  ALTER TABLE "custom_react_components" ADD CONSTRAINT "custom_react_components_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "custom_react_components" ADD CONSTRAINT "custom_react_components_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_assigned_to_owner_id_users_id_fk" FOREIGN KEY ("assigned_to_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_assigned_to_team_member_id_team_members_id_fk" FOREIGN KEY ("assigned_to_team_member_id") REFERENCES "public"."team_members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_clients_fk" FOREIGN KEY ("clients_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "availability_blocks_exceptions" ADD CONSTRAINT "availability_blocks_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."availability_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "availability_blocks" ADD CONSTRAINT "availability_blocks_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "availability_blocks" ADD CONSTRAINT "availability_blocks_assigned_to_owner_id_users_id_fk" FOREIGN KEY ("assigned_to_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "availability_blocks" ADD CONSTRAINT "availability_blocks_assigned_to_team_member_id_team_members_id_fk" FOREIGN KEY ("assigned_to_team_member_id") REFERENCES "public"."team_members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "availability_blocks" ADD CONSTRAINT "availability_blocks_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attended_sessions" ADD CONSTRAINT "attended_sessions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attended_sessions" ADD CONSTRAINT "attended_sessions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attended_sessions" ADD CONSTRAINT "attended_sessions_host_user_id_users_id_fk" FOREIGN KEY ("host_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attended_sessions" ADD CONSTRAINT "attended_sessions_host_team_member_id_team_members_id_fk" FOREIGN KEY ("host_team_member_id") REFERENCES "public"."team_members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_settings" ADD CONSTRAINT "booking_settings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "custom_react_components_site_idx" ON "custom_react_components" USING btree ("site_id");
  CREATE INDEX "custom_react_components_created_by_idx" ON "custom_react_components" USING btree ("created_by_id");
  CREATE INDEX "custom_react_components_updated_at_idx" ON "custom_react_components" USING btree ("updated_at");
  CREATE INDEX "custom_react_components_created_at_idx" ON "custom_react_components" USING btree ("created_at");
  CREATE INDEX "events_site_idx" ON "events" USING btree ("site_id");
  CREATE INDEX "events_start_time_idx" ON "events" USING btree ("start_time");
  CREATE INDEX "events_status_idx" ON "events" USING btree ("status");
  CREATE INDEX "events_assigned_to_owner_idx" ON "events" USING btree ("assigned_to_owner_id");
  CREATE INDEX "events_assigned_to_team_member_idx" ON "events" USING btree ("assigned_to_team_member_id");
  CREATE INDEX "events_creator_idx" ON "events" USING btree ("creator_id");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "site_startTime_idx" ON "events" USING btree ("site_id","start_time");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_clients_id_idx" ON "events_rels" USING btree ("clients_id");
  CREATE INDEX "availability_blocks_exceptions_order_idx" ON "availability_blocks_exceptions" USING btree ("_order");
  CREATE INDEX "availability_blocks_exceptions_parent_id_idx" ON "availability_blocks_exceptions" USING btree ("_parent_id");
  CREATE INDEX "availability_blocks_site_idx" ON "availability_blocks" USING btree ("site_id");
  CREATE INDEX "availability_blocks_date_idx" ON "availability_blocks" USING btree ("date");
  CREATE INDEX "availability_blocks_assigned_to_owner_idx" ON "availability_blocks" USING btree ("assigned_to_owner_id");
  CREATE INDEX "availability_blocks_assigned_to_team_member_idx" ON "availability_blocks" USING btree ("assigned_to_team_member_id");
  CREATE INDEX "availability_blocks_creator_idx" ON "availability_blocks" USING btree ("creator_id");
  CREATE INDEX "availability_blocks_updated_at_idx" ON "availability_blocks" USING btree ("updated_at");
  CREATE INDEX "availability_blocks_created_at_idx" ON "availability_blocks" USING btree ("created_at");
  CREATE INDEX "bookings_site_idx" ON "bookings" USING btree ("site_id");
  CREATE INDEX "bookings_event_idx" ON "bookings" USING btree ("event_id");
  CREATE INDEX "bookings_client_idx" ON "bookings" USING btree ("client_id");
  CREATE INDEX "bookings_status_idx" ON "bookings" USING btree ("status");
  CREATE UNIQUE INDEX "bookings_management_token_idx" ON "bookings" USING btree ("management_token");
  CREATE INDEX "bookings_reminder_sent_at_idx" ON "bookings" USING btree ("reminder_sent_at");
  CREATE INDEX "bookings_request_ip_idx" ON "bookings" USING btree ("request_ip");
  CREATE INDEX "bookings_updated_at_idx" ON "bookings" USING btree ("updated_at");
  CREATE INDEX "bookings_created_at_idx" ON "bookings" USING btree ("created_at");
  CREATE INDEX "site_createdAt_idx" ON "bookings" USING btree ("site_id","created_at");
  CREATE INDEX "attended_sessions_site_idx" ON "attended_sessions" USING btree ("site_id");
  CREATE UNIQUE INDEX "attended_sessions_event_idx" ON "attended_sessions" USING btree ("event_id");
  CREATE INDEX "attended_sessions_host_user_idx" ON "attended_sessions" USING btree ("host_user_id");
  CREATE INDEX "attended_sessions_host_team_member_idx" ON "attended_sessions" USING btree ("host_team_member_id");
  CREATE INDEX "attended_sessions_start_time_idx" ON "attended_sessions" USING btree ("start_time");
  CREATE INDEX "attended_sessions_updated_at_idx" ON "attended_sessions" USING btree ("updated_at");
  CREATE INDEX "attended_sessions_created_at_idx" ON "attended_sessions" USING btree ("created_at");
  CREATE UNIQUE INDEX "booking_settings_site_idx" ON "booking_settings" USING btree ("site_id");
  CREATE INDEX "booking_settings_updated_at_idx" ON "booking_settings" USING btree ("updated_at");
  CREATE INDEX "booking_settings_created_at_idx" ON "booking_settings" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_custom_react_components_fk" FOREIGN KEY ("custom_react_components_id") REFERENCES "public"."custom_react_components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_availability_blocks_fk" FOREIGN KEY ("availability_blocks_id") REFERENCES "public"."availability_blocks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bookings_fk" FOREIGN KEY ("bookings_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attended_sessions_fk" FOREIGN KEY ("attended_sessions_id") REFERENCES "public"."attended_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_booking_settings_fk" FOREIGN KEY ("booking_settings_id") REFERENCES "public"."booking_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "sites_domain_idx" ON "sites" USING btree ("domain");
  CREATE INDEX "payload_locked_documents_rels_custom_react_components_id_idx" ON "payload_locked_documents_rels" USING btree ("custom_react_components_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_availability_blocks_id_idx" ON "payload_locked_documents_rels" USING btree ("availability_blocks_id");
  CREATE INDEX "payload_locked_documents_rels_bookings_id_idx" ON "payload_locked_documents_rels" USING btree ("bookings_id");
  CREATE INDEX "payload_locked_documents_rels_attended_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("attended_sessions_id");
  CREATE INDEX "payload_locked_documents_rels_booking_settings_id_idx" ON "payload_locked_documents_rels" USING btree ("booking_settings_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "custom_react_components" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "availability_blocks_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "availability_blocks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bookings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "attended_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "booking_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "custom_react_components" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "availability_blocks_exceptions" CASCADE;
  DROP TABLE "availability_blocks" CASCADE;
  DROP TABLE "bookings" CASCADE;
  DROP TABLE "attended_sessions" CASCADE;
  DROP TABLE "booking_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_custom_react_components_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_availability_blocks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bookings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_attended_sessions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_booking_settings_fk";
  
  DROP INDEX "sites_domain_idx";
  DROP INDEX "payload_locked_documents_rels_custom_react_components_id_idx";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_availability_blocks_id_idx";
  DROP INDEX "payload_locked_documents_rels_bookings_id_idx";
  DROP INDEX "payload_locked_documents_rels_attended_sessions_id_idx";
  DROP INDEX "payload_locked_documents_rels_booking_settings_id_idx";
  ALTER TABLE "sites" DROP COLUMN "domain";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "custom_react_components_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "availability_blocks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bookings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "attended_sessions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "booking_settings_id";
  DROP TYPE "public"."enum_events_event_type";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum_bookings_status";
  DROP TYPE "public"."enum_bookings_cancelled_by";
  DROP TYPE "public"."enum_bookings_locale";
  DROP TYPE "public"."enum_attended_sessions_host_type";
  DROP TYPE "public"."enum_attended_sessions_source";`)
}
