import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_magic_links_action_type" AS ENUM('login', 'signup', 'invitation', 'email_change');
  CREATE TABLE "email_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"category" varchar,
  	"subject_pl" varchar,
  	"content_pl" varchar,
  	"subject_en" varchar,
  	"content_en" varchar,
  	"is_default" boolean DEFAULT false,
  	"owner_id" integer,
  	"unique_key" varchar,
  	"source_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "magic_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"team_member_id" integer,
  	"email" varchar NOT NULL,
  	"token" varchar NOT NULL,
  	"action_type" "enum_magic_links_action_type" NOT NULL,
  	"used" boolean DEFAULT false,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"used_at" timestamp(3) with time zone,
  	"request_ip" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dev_mailbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"to" varchar NOT NULL,
  	"from" varchar,
  	"reply_to" varchar,
  	"subject" varchar,
  	"message_id" varchar,
  	"text" varchar,
  	"html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "email_templates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "magic_links_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dev_mailbox_id" integer;
  ALTER TABLE "email_templates" ADD CONSTRAINT "email_templates_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "magic_links" ADD CONSTRAINT "magic_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "magic_links" ADD CONSTRAINT "magic_links_team_member_id_team_members_id_fk" FOREIGN KEY ("team_member_id") REFERENCES "public"."team_members"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "email_templates_slug_idx" ON "email_templates" USING btree ("slug");
  CREATE INDEX "email_templates_category_idx" ON "email_templates" USING btree ("category");
  CREATE INDEX "email_templates_is_default_idx" ON "email_templates" USING btree ("is_default");
  CREATE INDEX "email_templates_owner_idx" ON "email_templates" USING btree ("owner_id");
  CREATE UNIQUE INDEX "email_templates_unique_key_idx" ON "email_templates" USING btree ("unique_key");
  CREATE INDEX "email_templates_updated_at_idx" ON "email_templates" USING btree ("updated_at");
  CREATE INDEX "email_templates_created_at_idx" ON "email_templates" USING btree ("created_at");
  CREATE INDEX "magic_links_user_idx" ON "magic_links" USING btree ("user_id");
  CREATE INDEX "magic_links_team_member_idx" ON "magic_links" USING btree ("team_member_id");
  CREATE INDEX "magic_links_email_idx" ON "magic_links" USING btree ("email");
  CREATE UNIQUE INDEX "magic_links_token_idx" ON "magic_links" USING btree ("token");
  CREATE INDEX "magic_links_action_type_idx" ON "magic_links" USING btree ("action_type");
  CREATE INDEX "magic_links_expires_at_idx" ON "magic_links" USING btree ("expires_at");
  CREATE INDEX "magic_links_request_ip_idx" ON "magic_links" USING btree ("request_ip");
  CREATE INDEX "magic_links_updated_at_idx" ON "magic_links" USING btree ("updated_at");
  CREATE INDEX "magic_links_created_at_idx" ON "magic_links" USING btree ("created_at");
  CREATE INDEX "dev_mailbox_to_idx" ON "dev_mailbox" USING btree ("to");
  CREATE INDEX "dev_mailbox_message_id_idx" ON "dev_mailbox" USING btree ("message_id");
  CREATE INDEX "dev_mailbox_updated_at_idx" ON "dev_mailbox" USING btree ("updated_at");
  CREATE INDEX "dev_mailbox_created_at_idx" ON "dev_mailbox" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_email_templates_fk" FOREIGN KEY ("email_templates_id") REFERENCES "public"."email_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_magic_links_fk" FOREIGN KEY ("magic_links_id") REFERENCES "public"."magic_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dev_mailbox_fk" FOREIGN KEY ("dev_mailbox_id") REFERENCES "public"."dev_mailbox"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_email_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("email_templates_id");
  CREATE INDEX "payload_locked_documents_rels_magic_links_id_idx" ON "payload_locked_documents_rels" USING btree ("magic_links_id");
  CREATE INDEX "payload_locked_documents_rels_dev_mailbox_id_idx" ON "payload_locked_documents_rels" USING btree ("dev_mailbox_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "email_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "magic_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dev_mailbox" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "email_templates" CASCADE;
  DROP TABLE "magic_links" CASCADE;
  DROP TABLE "dev_mailbox" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_email_templates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_magic_links_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dev_mailbox_fk";
  
  DROP INDEX "payload_locked_documents_rels_email_templates_id_idx";
  DROP INDEX "payload_locked_documents_rels_magic_links_id_idx";
  DROP INDEX "payload_locked_documents_rels_dev_mailbox_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "email_templates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "magic_links_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dev_mailbox_id";
  DROP TYPE "public"."enum_magic_links_action_type";`)
}
