import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** One inquiry per submission: its fingerprint, unique while the inquiry exists. */
export class Migration20261203110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "export_inquiry" add column if not exists "submission_key" text null;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_export_inquiry_submission_key_unique" ON "export_inquiry" ("submission_key") WHERE submission_key IS NOT NULL AND deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_export_inquiry_submission_key_unique";`)
    this.addSql(`alter table if exists "export_inquiry" drop column if exists "submission_key";`)
  }
}
