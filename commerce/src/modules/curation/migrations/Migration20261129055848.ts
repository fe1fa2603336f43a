import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129055848 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "product_curation" ("id" text not null, "status" text check ("status" in ('draft', 'submitted', 'approved', 'changes_requested', 'rejected', 'archived')) not null default 'draft', "submitted_at" timestamptz null, "decided_at" timestamptz null, "decided_by" text null, "notes" text null, "history" jsonb not null default '{"entries":[]}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_curation_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_curation_deleted_at" ON "product_curation" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_curation" cascade;`)
  }
}
