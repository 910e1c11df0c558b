import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "platform_outbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"job" varchar NOT NULL,
  	"data" jsonb,
  	"run_at" timestamp(3) with time zone,
  	"key" varchar NOT NULL,
  	"relayed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "platform_sent_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"message_id" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE UNIQUE INDEX "platform_outbox_key_idx" ON "platform_outbox" USING btree ("key");
  CREATE INDEX "platform_outbox_relayed_at_idx" ON "platform_outbox" USING btree ("relayed_at");
  CREATE INDEX "platform_outbox_updated_at_idx" ON "platform_outbox" USING btree ("updated_at");
  CREATE INDEX "platform_outbox_created_at_idx" ON "platform_outbox" USING btree ("created_at");
  CREATE UNIQUE INDEX "platform_sent_messages_message_id_idx" ON "platform_sent_messages" USING btree ("message_id");
  CREATE INDEX "platform_sent_messages_updated_at_idx" ON "platform_sent_messages" USING btree ("updated_at");
  CREATE INDEX "platform_sent_messages_created_at_idx" ON "platform_sent_messages" USING btree ("created_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "platform_outbox" CASCADE;
  DROP TABLE "platform_sent_messages" CASCADE;`)
}
