import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ADD COLUMN "plan_reminder_sent_for" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "plan_ended_notice_sent_for" timestamp(3) with time zone;
  ALTER TABLE "payments" ADD COLUMN "receipt_number" varchar;
  CREATE UNIQUE INDEX "payments_receipt_number_idx" ON "payments" USING btree ("receipt_number");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "payments_receipt_number_idx";
  ALTER TABLE "users" DROP COLUMN "plan_reminder_sent_for";
  ALTER TABLE "users" DROP COLUMN "plan_ended_notice_sent_for";
  ALTER TABLE "payments" DROP COLUMN "receipt_number";`)
}
