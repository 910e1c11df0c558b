import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_newsletter_analytics_kind" AS ENUM('campaign', 'digest');
  CREATE TYPE "public"."enum_newsletter_analytics_digest_period" AS ENUM('weekly', 'monthly');
  CREATE TABLE "newsletter_updates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"kind" varchar NOT NULL,
  	"title_pl" varchar NOT NULL,
  	"title_en" varchar,
  	"url" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP INDEX "campaign_subscription_idx";
  ALTER TABLE "newsletter_analytics" ADD COLUMN "kind" "enum_newsletter_analytics_kind" DEFAULT 'campaign';
  ALTER TABLE "newsletter_analytics" ADD COLUMN "digest_period" "enum_newsletter_analytics_digest_period";
  ALTER TABLE "newsletter_analytics" ADD COLUMN "digest_key" varchar;
  ALTER TABLE "newsletter_analytics" ADD COLUMN "claimed_at" timestamp(3) with time zone;
  ALTER TABLE "newsletter_analytics" ADD COLUMN "attempts" numeric DEFAULT 0;
  ALTER TABLE "newsletter_analytics" ADD COLUMN "failed_at" timestamp(3) with time zone;
  ALTER TABLE "newsletter_analytics" ADD COLUMN "failure" varchar;
  ALTER TABLE "newsletter_analytics" ADD COLUMN "tracking_seed" varchar;
  ALTER TABLE "newsletter_campaigns" ADD COLUMN "paused_reason" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_updates_id" integer;
  ALTER TABLE "newsletter_updates" ADD CONSTRAINT "newsletter_updates_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "newsletter_updates_site_idx" ON "newsletter_updates" USING btree ("site_id");
  CREATE INDEX "newsletter_updates_at_idx" ON "newsletter_updates" USING btree ("at");
  CREATE INDEX "newsletter_updates_updated_at_idx" ON "newsletter_updates" USING btree ("updated_at");
  CREATE INDEX "newsletter_updates_created_at_idx" ON "newsletter_updates" USING btree ("created_at");
  CREATE INDEX "site_at_idx" ON "newsletter_updates" USING btree ("site_id","at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_updates_fk" FOREIGN KEY ("newsletter_updates_id") REFERENCES "public"."newsletter_updates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "newsletter_analytics_claimed_at_idx" ON "newsletter_analytics" USING btree ("claimed_at");
  CREATE UNIQUE INDEX "subscription_digestKey_idx" ON "newsletter_analytics" USING btree ("subscription_id","digest_key");
  CREATE INDEX "payload_locked_documents_rels_newsletter_updates_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_updates_id");
  CREATE UNIQUE INDEX "campaign_subscription_idx" ON "newsletter_analytics" USING btree ("campaign_id","subscription_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "newsletter_updates" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "newsletter_updates" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_updates_fk";
  
  DROP INDEX "newsletter_analytics_claimed_at_idx";
  DROP INDEX "subscription_digestKey_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_updates_id_idx";
  DROP INDEX "campaign_subscription_idx";
  CREATE INDEX "campaign_subscription_idx" ON "newsletter_analytics" USING btree ("campaign_id","subscription_id");
  ALTER TABLE "newsletter_analytics" DROP COLUMN "kind";
  ALTER TABLE "newsletter_analytics" DROP COLUMN "digest_period";
  ALTER TABLE "newsletter_analytics" DROP COLUMN "digest_key";
  ALTER TABLE "newsletter_analytics" DROP COLUMN "claimed_at";
  ALTER TABLE "newsletter_analytics" DROP COLUMN "attempts";
  ALTER TABLE "newsletter_analytics" DROP COLUMN "failed_at";
  ALTER TABLE "newsletter_analytics" DROP COLUMN "failure";
  ALTER TABLE "newsletter_analytics" DROP COLUMN "tracking_seed";
  ALTER TABLE "newsletter_campaigns" DROP COLUMN "paused_reason";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_updates_id";
  DROP TYPE "public"."enum_newsletter_analytics_kind";
  DROP TYPE "public"."enum_newsletter_analytics_digest_period";`)
}
