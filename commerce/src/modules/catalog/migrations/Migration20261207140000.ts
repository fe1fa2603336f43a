import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The catalog's version (./models/catalog-version.ts): one row, created here so reads never miss it. */
export class Migration20261207140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "catalog_version" (
      "id" text not null, "version" integer not null, "changed_at" timestamptz not null default now(),
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
      constraint "catalog_version_pkey" primary key ("id"));`)
    this.addSql(
      `insert into "catalog_version" ("id", "version", "changed_at") values ('catalog', 1, now()) on conflict do nothing;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalog_version";`)
  }
}
