import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_logs" ADD COLUMN "actor_name" varchar;
  ALTER TABLE "audit_logs" ADD COLUMN "target_title" varchar;
  ALTER TABLE "audit_logs" ADD COLUMN "changes" jsonb;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_logs" DROP COLUMN "actor_name";
  ALTER TABLE "audit_logs" DROP COLUMN "target_title";
  ALTER TABLE "audit_logs" DROP COLUMN "changes";`)
}
