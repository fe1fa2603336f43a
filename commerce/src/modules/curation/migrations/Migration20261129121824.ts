import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129121824 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "product_curation" add column if not exists "revision" jsonb null, add column if not exists "revision_status" text check ("revision_status" in ('submitted', 'changes_requested', 'rejected')) null, add column if not exists "revision_submitted_at" timestamptz null, add column if not exists "revision_notes" text null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "product_curation" drop column if exists "revision", drop column if exists "revision_status", drop column if exists "revision_submitted_at", drop column if exists "revision_notes";`,
    )
  }
}
