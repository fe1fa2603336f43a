import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129124530 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "product_curation" add column if not exists "scores" jsonb null, add column if not exists "grade" text check ("grade" in ('A', 'B', 'C', 'D')) null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "product_curation" drop column if exists "scores", drop column if exists "grade";`,
    )
  }
}
