import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129130535 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "export_inquiry_item" add column if not exists "assigned_msme_id" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "export_inquiry_item" drop column if exists "assigned_msme_id";`)
  }
}
