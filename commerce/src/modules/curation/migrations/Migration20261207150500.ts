import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The curation queue (lib/curation-queue.ts) by status in queue order, at 100,000 records. */
export class Migration20261207150500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_curation_status_submitted_at" ON "product_curation" ("status", "submitted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_product_curation_status_submitted_at";`)
  }
}
