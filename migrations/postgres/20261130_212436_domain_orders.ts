import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_domain_orders_steps_step" AS ENUM('payment', 'cart', 'item', 'assign', 'configuration', 'checkout', 'delivery', 'dns', 'refresh', 'verification');
  CREATE TYPE "public"."enum_domain_orders_steps_state" AS ENUM('pending', 'running', 'done', 'failed');
  CREATE TYPE "public"."enum_domain_orders_kind" AS ENUM('purchase', 'own');
  CREATE TYPE "public"."enum_domain_orders_status" AS ENUM('pending_payment', 'ordering', 'registering', 'awaiting_dns', 'configuring_dns', 'verifying', 'live', 'failed', 'cancelled');
  CREATE TYPE "public"."enum_domain_orders_redirect" AS ENUM('www-to-apex', 'apex-to-www');
  CREATE TABLE "domain_orders_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" "enum_domain_orders_steps_step" NOT NULL,
  	"state" "enum_domain_orders_steps_state" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone,
  	"error" varchar
  );
  
  CREATE TABLE "domain_orders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"domain_name" varchar NOT NULL,
  	"unicode_name" varchar,
  	"kind" "enum_domain_orders_kind" DEFAULT 'purchase',
  	"status" "enum_domain_orders_status" DEFAULT 'pending_payment',
  	"user_id" integer NOT NULL,
  	"redirect" "enum_domain_orders_redirect" DEFAULT 'www-to-apex',
  	"proxy_mode" boolean DEFAULT true,
  	"target" varchar,
  	"price" numeric,
  	"price_net" numeric,
  	"payment_id" numeric,
  	"ovh_cart_id" varchar,
  	"ovh_item_id" varchar,
  	"ovh_order_id" varchar,
  	"ovh_order_status" varchar,
  	"payment_url" varchar,
  	"dns_configuration" jsonb,
  	"error_message" varchar,
  	"error_code" varchar,
  	"verification_token_hash" varchar,
  	"verification_token_seed" varchar,
  	"next_check_at" timestamp(3) with time zone,
  	"last_checked_at" timestamp(3) with time zone,
  	"live_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "domain_orders_id" integer;
  ALTER TABLE "domain_orders_steps" ADD CONSTRAINT "domain_orders_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."domain_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "domain_orders" ADD CONSTRAINT "domain_orders_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "domain_orders" ADD CONSTRAINT "domain_orders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "domain_orders_steps_order_idx" ON "domain_orders_steps" USING btree ("_order");
  CREATE INDEX "domain_orders_steps_parent_id_idx" ON "domain_orders_steps" USING btree ("_parent_id");
  CREATE INDEX "domain_orders_site_idx" ON "domain_orders" USING btree ("site_id");
  CREATE UNIQUE INDEX "domain_orders_domain_name_idx" ON "domain_orders" USING btree ("domain_name");
  CREATE INDEX "domain_orders_status_idx" ON "domain_orders" USING btree ("status");
  CREATE INDEX "domain_orders_user_idx" ON "domain_orders" USING btree ("user_id");
  CREATE INDEX "domain_orders_payment_id_idx" ON "domain_orders" USING btree ("payment_id");
  CREATE INDEX "domain_orders_verification_token_hash_idx" ON "domain_orders" USING btree ("verification_token_hash");
  CREATE INDEX "domain_orders_updated_at_idx" ON "domain_orders" USING btree ("updated_at");
  CREATE INDEX "domain_orders_created_at_idx" ON "domain_orders" USING btree ("created_at");
  CREATE INDEX "site_status_1_idx" ON "domain_orders" USING btree ("site_id","status");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_domain_orders_fk" FOREIGN KEY ("domain_orders_id") REFERENCES "public"."domain_orders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_domain_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("domain_orders_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "domain_orders_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "domain_orders" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "domain_orders_steps" CASCADE;
  DROP TABLE "domain_orders" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_domain_orders_fk";
  
  DROP INDEX "payload_locked_documents_rels_domain_orders_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "domain_orders_id";
  DROP TYPE "public"."enum_domain_orders_steps_step";
  DROP TYPE "public"."enum_domain_orders_steps_state";
  DROP TYPE "public"."enum_domain_orders_kind";
  DROP TYPE "public"."enum_domain_orders_status";
  DROP TYPE "public"."enum_domain_orders_redirect";`)
}
