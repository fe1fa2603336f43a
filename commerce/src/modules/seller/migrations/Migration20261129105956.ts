import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129105956 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_email_unique";`)
    this.addSql(
      `create table if not exists "seller" ("id" text not null, "email" text not null, "name" text not null, "role" text check ("role" in ('owner', 'member')) not null default 'owner', "onboarding" text check ("onboarding" in ('self', 'staff_assisted')) not null default 'self', "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_email_unique" ON "seller" ("email") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_deleted_at" ON "seller" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller" cascade;`)
  }
}
