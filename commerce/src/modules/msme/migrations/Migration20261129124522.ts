import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129124522 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "msme_permit" add column if not exists "expiry_warned_at" timestamptz null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "msme_permit" drop column if exists "expiry_warned_at";`)
  }
}
