import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202163311 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "office_target" drop constraint if exists "office_target_indicator_year_unique";`,
    )
    this.addSql(
      `create table if not exists "office_target" ("id" text not null, "indicator" text not null, "year" integer not null, "value" numeric not null, "set_by" text null, "raw_value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "office_target_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_office_target_deleted_at" ON "office_target" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_office_target_indicator_year_unique" ON "office_target" ("indicator", "year") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "office_target" cascade;`)
  }
}
