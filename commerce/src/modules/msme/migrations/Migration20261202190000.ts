import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Indexes the office's reports read (the targets dashboard, the registry's counts): a narrow copy of
 * the columns they filter and count by, so that counting 200,000 MSMEs is an index-only scan instead
 * of reading the whole rows, and the verified permits of each type as a small index the counts probe.
 * Hand-written (DML cannot declare INCLUDE columns); `./gallery bench office` shows what they buy.
 */
export class Migration20261202190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_msme_report" ON "msme" ("id", "created_at", "kecamatan", "sector", "status") INCLUDE ("craft") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_msme_permit_verified_report" ON "msme_permit" ("type", "msme_id") INCLUDE ("verified_at", "expires_at") WHERE status = 'verified' AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_msme_permit_decided_report" ON "msme_permit" ("verified_at") INCLUDE ("msme_id", "created_at", "status") WHERE deleted_at IS NULL AND verified_at IS NOT NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_msme_report";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_msme_permit_verified_report";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_msme_permit_decided_report";`)
  }
}
