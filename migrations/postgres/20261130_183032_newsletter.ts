import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_newsletter_subscriptions_frequency" AS ENUM('each', 'weekly', 'monthly');
  CREATE TYPE "public"."enum_newsletter_subscriptions_locale" AS ENUM('pl', 'en');
  CREATE TYPE "public"."enum_newsletter_campaigns_status" AS ENUM('draft', 'scheduled', 'sending', 'paused', 'sent');
  CREATE TABLE "newsletter_subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"email" varchar NOT NULL,
  	"frequency" "enum_newsletter_subscriptions_frequency" DEFAULT 'each' NOT NULL,
  	"locale" "enum_newsletter_subscriptions_locale" DEFAULT 'pl' NOT NULL,
  	"is_active" boolean DEFAULT true,
  	"is_confirmed" boolean DEFAULT false,
  	"subscribed_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"last_sent_at" timestamp(3) with time zone,
  	"emails_sent" numeric DEFAULT 0,
  	"emails_opened" numeric DEFAULT 0,
  	"emails_clicked" numeric DEFAULT 0,
  	"confirmation_sent_at" timestamp(3) with time zone,
  	"confirmation_token" varchar,
  	"confirmation_token_seed" varchar,
  	"unsubscribe_token" varchar,
  	"unsubscribe_token_seed" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsletter_analytics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"subscription_id" integer NOT NULL,
  	"campaign_id" integer,
  	"sent_at" timestamp(3) with time zone,
  	"opened_at" timestamp(3) with time zone,
  	"clicked_at" timestamp(3) with time zone,
  	"tracking_token" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsletter_campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"subject_pl" varchar NOT NULL,
  	"subject_en" varchar,
  	"body_pl" jsonb,
  	"body_en" jsonb,
  	"status" "enum_newsletter_campaigns_status" DEFAULT 'draft' NOT NULL,
  	"scheduled_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"recipient_count" numeric DEFAULT 0,
  	"sent_count" numeric DEFAULT 0,
  	"failed_count" numeric DEFAULT 0,
  	"open_count" numeric DEFAULT 0,
  	"click_count" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_analytics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_campaigns_id" integer;
  ALTER TABLE "newsletter_subscriptions" ADD CONSTRAINT "newsletter_subscriptions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_analytics" ADD CONSTRAINT "newsletter_analytics_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_analytics" ADD CONSTRAINT "newsletter_analytics_subscription_id_newsletter_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."newsletter_subscriptions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_analytics" ADD CONSTRAINT "newsletter_analytics_campaign_id_newsletter_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."newsletter_campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_campaigns" ADD CONSTRAINT "newsletter_campaigns_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "newsletter_subscriptions_site_idx" ON "newsletter_subscriptions" USING btree ("site_id");
  CREATE INDEX "newsletter_subscriptions_is_active_idx" ON "newsletter_subscriptions" USING btree ("is_active");
  CREATE INDEX "newsletter_subscriptions_is_confirmed_idx" ON "newsletter_subscriptions" USING btree ("is_confirmed");
  CREATE INDEX "newsletter_subscriptions_confirmation_sent_at_idx" ON "newsletter_subscriptions" USING btree ("confirmation_sent_at");
  CREATE UNIQUE INDEX "newsletter_subscriptions_confirmation_token_idx" ON "newsletter_subscriptions" USING btree ("confirmation_token");
  CREATE UNIQUE INDEX "newsletter_subscriptions_unsubscribe_token_idx" ON "newsletter_subscriptions" USING btree ("unsubscribe_token");
  CREATE INDEX "newsletter_subscriptions_updated_at_idx" ON "newsletter_subscriptions" USING btree ("updated_at");
  CREATE INDEX "newsletter_subscriptions_created_at_idx" ON "newsletter_subscriptions" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_email_2_idx" ON "newsletter_subscriptions" USING btree ("site_id","email");
  CREATE INDEX "newsletter_analytics_site_idx" ON "newsletter_analytics" USING btree ("site_id");
  CREATE INDEX "newsletter_analytics_subscription_idx" ON "newsletter_analytics" USING btree ("subscription_id");
  CREATE INDEX "newsletter_analytics_campaign_idx" ON "newsletter_analytics" USING btree ("campaign_id");
  CREATE UNIQUE INDEX "newsletter_analytics_tracking_token_idx" ON "newsletter_analytics" USING btree ("tracking_token");
  CREATE INDEX "newsletter_analytics_updated_at_idx" ON "newsletter_analytics" USING btree ("updated_at");
  CREATE INDEX "newsletter_analytics_created_at_idx" ON "newsletter_analytics" USING btree ("created_at");
  CREATE INDEX "campaign_subscription_idx" ON "newsletter_analytics" USING btree ("campaign_id","subscription_id");
  CREATE INDEX "newsletter_campaigns_site_idx" ON "newsletter_campaigns" USING btree ("site_id");
  CREATE INDEX "newsletter_campaigns_status_idx" ON "newsletter_campaigns" USING btree ("status");
  CREATE INDEX "newsletter_campaigns_scheduled_at_idx" ON "newsletter_campaigns" USING btree ("scheduled_at");
  CREATE INDEX "newsletter_campaigns_updated_at_idx" ON "newsletter_campaigns" USING btree ("updated_at");
  CREATE INDEX "newsletter_campaigns_created_at_idx" ON "newsletter_campaigns" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_subscriptions_fk" FOREIGN KEY ("newsletter_subscriptions_id") REFERENCES "public"."newsletter_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_analytics_fk" FOREIGN KEY ("newsletter_analytics_id") REFERENCES "public"."newsletter_analytics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_campaigns_fk" FOREIGN KEY ("newsletter_campaigns_id") REFERENCES "public"."newsletter_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_newsletter_subscriptions_i_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_analytics_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_analytics_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_campaigns_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "newsletter_subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_analytics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_campaigns" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "newsletter_subscriptions" CASCADE;
  DROP TABLE "newsletter_analytics" CASCADE;
  DROP TABLE "newsletter_campaigns" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_analytics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_campaigns_fk";
  
  DROP INDEX "payload_locked_documents_rels_newsletter_subscriptions_i_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_analytics_id_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_campaigns_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_analytics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_campaigns_id";
  DROP TYPE "public"."enum_newsletter_subscriptions_frequency";
  DROP TYPE "public"."enum_newsletter_subscriptions_locale";
  DROP TYPE "public"."enum_newsletter_campaigns_status";`)
}
