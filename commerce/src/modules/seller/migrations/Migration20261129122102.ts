import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129122102 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "seller_invitation" drop constraint if exists "seller_invitation_token_hash_unique";`,
    )
    this.addSql(
      `create table if not exists "seller_invitation" ("id" text not null, "msme_id" text not null, "email" text not null, "name" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "seller_id" text null, "invited_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_invitation_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_invitation_msme_id" ON "seller_invitation" ("msme_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_invitation_token_hash_unique" ON "seller_invitation" ("token_hash") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_invitation_deleted_at" ON "seller_invitation" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "seller_upload" ("id" text not null, "msme_id" text not null, "uploaded_by" text not null, "kind" text check ("kind" in ('photo', 'document')) not null, "mime_type" text not null, "size_bytes" integer not null, "url" text not null, "file_ids" jsonb not null, "image" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_upload_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_upload_msme_id" ON "seller_upload" ("msme_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_upload_deleted_at" ON "seller_upload" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_onboarding_check";`)

    this.addSql(
      `alter table if exists "seller" add constraint "seller_onboarding_check" check("onboarding" in ('self', 'staff_assisted', 'invited'));`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller_invitation" cascade;`)

    this.addSql(`drop table if exists "seller_upload" cascade;`)

    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_onboarding_check";`)

    this.addSql(
      `alter table if exists "seller" add constraint "seller_onboarding_check" check("onboarding" in ('self', 'staff_assisted'));`,
    )
  }
}
