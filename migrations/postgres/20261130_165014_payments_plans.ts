import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_payments_refunds_status" AS ENUM('requested', 'completed', 'failed');
  CREATE TYPE "public"."enum_payments_currency" AS ENUM('PLN', 'EUR', 'GBP', 'CZK');
  CREATE TYPE "public"."enum_payments_status" AS ENUM('pending', 'paid', 'failed', 'expired', 'refunded', 'partially_refunded', 'needs_review');
  CREATE TYPE "public"."enum_payments_period" AS ENUM('monthly', 'yearly');
  CREATE TABLE "plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name_pl" varchar NOT NULL,
  	"name_en" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"monthly_price" numeric NOT NULL,
  	"yearly_price" numeric NOT NULL,
  	"is_free" boolean DEFAULT false,
  	"is_active" boolean DEFAULT true,
  	"sort_order" numeric DEFAULT 0,
  	"limits_max_sites" numeric,
  	"limits_custom_domain" boolean DEFAULT false,
  	"limits_max_team_members" numeric,
  	"limits_max_newsletter_subscribers" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payments_refunds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"request_id" varchar NOT NULL,
  	"amount" numeric NOT NULL,
  	"status" "enum_payments_refunds_status" DEFAULT 'requested' NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "payments_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"kind" varchar NOT NULL,
  	"summary" jsonb
  );
  
  CREATE TABLE "payments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"session_id" varchar,
  	"amount" numeric NOT NULL,
  	"currency" "enum_payments_currency" DEFAULT 'PLN',
  	"description" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"status" "enum_payments_status" DEFAULT 'pending',
  	"purpose" varchar DEFAULT 'plan',
  	"reference" varchar,
  	"plan_id" integer,
  	"period" "enum_payments_period",
  	"site_id" integer,
  	"return_url" varchar,
  	"token" varchar,
  	"p24_order_id" numeric,
  	"verified_at" timestamp(3) with time zone,
  	"paid_at" timestamp(3) with time zone,
  	"review_reason" varchar,
  	"refunded_amount" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "plan_id" integer;
  ALTER TABLE "users" ADD COLUMN "plan_ends_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "plans_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payments_id" integer;
  ALTER TABLE "payments_refunds" ADD CONSTRAINT "payments_refunds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payments_history" ADD CONSTRAINT "payments_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "plans_slug_idx" ON "plans" USING btree ("slug");
  CREATE INDEX "plans_is_free_idx" ON "plans" USING btree ("is_free");
  CREATE INDEX "plans_is_active_idx" ON "plans" USING btree ("is_active");
  CREATE INDEX "plans_updated_at_idx" ON "plans" USING btree ("updated_at");
  CREATE INDEX "plans_created_at_idx" ON "plans" USING btree ("created_at");
  CREATE INDEX "payments_refunds_order_idx" ON "payments_refunds" USING btree ("_order");
  CREATE INDEX "payments_refunds_parent_id_idx" ON "payments_refunds" USING btree ("_parent_id");
  CREATE INDEX "payments_history_order_idx" ON "payments_history" USING btree ("_order");
  CREATE INDEX "payments_history_parent_id_idx" ON "payments_history" USING btree ("_parent_id");
  CREATE INDEX "payments_user_idx" ON "payments" USING btree ("user_id");
  CREATE UNIQUE INDEX "payments_session_id_idx" ON "payments" USING btree ("session_id");
  CREATE INDEX "payments_status_idx" ON "payments" USING btree ("status");
  CREATE INDEX "payments_purpose_idx" ON "payments" USING btree ("purpose");
  CREATE INDEX "payments_reference_idx" ON "payments" USING btree ("reference");
  CREATE INDEX "payments_plan_idx" ON "payments" USING btree ("plan_id");
  CREATE INDEX "payments_site_idx" ON "payments" USING btree ("site_id");
  CREATE INDEX "payments_p24_order_id_idx" ON "payments" USING btree ("p24_order_id");
  CREATE INDEX "payments_updated_at_idx" ON "payments" USING btree ("updated_at");
  CREATE INDEX "payments_created_at_idx" ON "payments" USING btree ("created_at");
  ALTER TABLE "users" ADD CONSTRAINT "users_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_plans_fk" FOREIGN KEY ("plans_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payments_fk" FOREIGN KEY ("payments_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_plan_idx" ON "users" USING btree ("plan_id");
  CREATE INDEX "payload_locked_documents_rels_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("plans_id");
  CREATE INDEX "payload_locked_documents_rels_payments_id_idx" ON "payload_locked_documents_rels" USING btree ("payments_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "plans" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payments_refunds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payments_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "plans" CASCADE;
  DROP TABLE "payments_refunds" CASCADE;
  DROP TABLE "payments_history" CASCADE;
  DROP TABLE "payments" CASCADE;
  ALTER TABLE "users" DROP CONSTRAINT "users_plan_id_plans_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_plans_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payments_fk";
  
  DROP INDEX "users_plan_idx";
  DROP INDEX "payload_locked_documents_rels_plans_id_idx";
  DROP INDEX "payload_locked_documents_rels_payments_id_idx";
  ALTER TABLE "users" DROP COLUMN "plan_id";
  ALTER TABLE "users" DROP COLUMN "plan_ends_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "plans_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payments_id";
  DROP TYPE "public"."enum_payments_refunds_status";
  DROP TYPE "public"."enum_payments_currency";
  DROP TYPE "public"."enum_payments_status";
  DROP TYPE "public"."enum_payments_period";`)
}
