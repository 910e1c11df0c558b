import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "domain_orders" ADD COLUMN "released_name" varchar;
  ALTER TABLE "domain_orders" ADD COLUMN "error_details" jsonb;
  CREATE INDEX "domain_orders_released_name_idx" ON "domain_orders" USING btree ("released_name");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "domain_orders_released_name_idx";
  ALTER TABLE "domain_orders" DROP COLUMN "released_name";
  ALTER TABLE "domain_orders" DROP COLUMN "error_details";`)
}
