import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202131000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "msme_permit" add column if not exists "document_upload_id" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "msme_permit" drop column if exists "document_upload_id";`)
  }
}
