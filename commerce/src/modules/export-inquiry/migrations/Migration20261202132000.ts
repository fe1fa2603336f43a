import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202132000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "export_inquiry_offer" add column if not exists "msme_id" text null;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_export_inquiry_offer_msme_id" ON "export_inquiry_offer" ("msme_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_export_inquiry_offer_msme_id";`)
    this.addSql(`alter table if exists "export_inquiry_offer" drop column if exists "msme_id";`)
  }
}
