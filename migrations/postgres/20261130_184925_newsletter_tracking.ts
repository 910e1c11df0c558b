import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "newsletter_link_clicks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"url" varchar NOT NULL,
  	"count" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "sites" ADD COLUMN "newsletter_track_individuals" boolean DEFAULT true;
  ALTER TABLE "newsletter_subscriptions" ADD COLUMN "hard_bounced_at" timestamp(3) with time zone;
  ALTER TABLE "newsletter_subscriptions" ADD COLUMN "soft_bounce_count" numeric DEFAULT 0;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_link_clicks_id" integer;
  ALTER TABLE "newsletter_link_clicks" ADD CONSTRAINT "newsletter_link_clicks_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_link_clicks" ADD CONSTRAINT "newsletter_link_clicks_campaign_id_newsletter_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."newsletter_campaigns"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "newsletter_link_clicks_site_idx" ON "newsletter_link_clicks" USING btree ("site_id");
  CREATE INDEX "newsletter_link_clicks_campaign_idx" ON "newsletter_link_clicks" USING btree ("campaign_id");
  CREATE INDEX "newsletter_link_clicks_updated_at_idx" ON "newsletter_link_clicks" USING btree ("updated_at");
  CREATE INDEX "newsletter_link_clicks_created_at_idx" ON "newsletter_link_clicks" USING btree ("created_at");
  CREATE UNIQUE INDEX "campaign_url_idx" ON "newsletter_link_clicks" USING btree ("campaign_id","url");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_link_clicks_fk" FOREIGN KEY ("newsletter_link_clicks_id") REFERENCES "public"."newsletter_link_clicks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_newsletter_link_clicks_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_link_clicks_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "newsletter_link_clicks" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "newsletter_link_clicks" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_link_clicks_fk";
  
  DROP INDEX "payload_locked_documents_rels_newsletter_link_clicks_id_idx";
  ALTER TABLE "sites" DROP COLUMN "newsletter_track_individuals";
  ALTER TABLE "newsletter_subscriptions" DROP COLUMN "hard_bounced_at";
  ALTER TABLE "newsletter_subscriptions" DROP COLUMN "soft_bounce_count";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_link_clicks_id";`)
}
