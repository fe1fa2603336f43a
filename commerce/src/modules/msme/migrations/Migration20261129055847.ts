import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129055847 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "msme_permit" drop constraint if exists "msme_permit_type_number_unique";`)
    this.addSql(`alter table if exists "msme" drop constraint if exists "msme_handle_unique";`)
    this.addSql(
      `create table if not exists "msme" ("id" text not null, "handle" text not null, "name" text not null, "owner_name" text not null, "sector" text check ("sector" in ('craft', 'culinary')) not null, "craft" text not null, "kecamatan" text not null, "desa" text not null, "address" text null, "story_id" text not null, "story_en" text not null, "whatsapp" text null, "email" text null, "established_year" integer null, "employees" integer null, "image_url" text null, "status" text check ("status" in ('pending', 'active', 'suspended')) not null default 'pending', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "msme_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_msme_handle_unique" ON "msme" ("handle") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_msme_deleted_at" ON "msme" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "msme_permit" ("id" text not null, "type" text check ("type" in ('nib', 'npwp', 'halal', 'pirt', 'bpom_md', 'bpom_ml', 'sni', 'trademark')) not null, "number" text not null, "issued_at" timestamptz null, "expires_at" timestamptz null, "document_url" text null, "status" text check ("status" in ('pending', 'verified', 'rejected', 'expired')) not null default 'pending', "verified_at" timestamptz null, "verified_by" text null, "rejection_reason" text null, "msme_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "msme_permit_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_msme_permit_msme_id" ON "msme_permit" ("msme_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_msme_permit_deleted_at" ON "msme_permit" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_msme_permit_type_number_unique" ON "msme_permit" ("type", "number") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "msme_product_profile" ("id" text not null, "origin_kecamatan" text not null, "material" text null, "export_ready" boolean not null default false, "hs_code" text null, "moq" integer null, "moq_unit" text null, "lead_time_days" integer null, "capacity_per_month" integer null, "packed_length_cm" integer null, "packed_width_cm" integer null, "packed_height_cm" integer null, "packed_weight_kg" real null, "shelf_life_months" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "msme_product_profile_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_msme_product_profile_deleted_at" ON "msme_product_profile" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "msme_permit" add constraint "msme_permit_msme_id_foreign" foreign key ("msme_id") references "msme" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "msme_permit" drop constraint if exists "msme_permit_msme_id_foreign";`)

    this.addSql(`drop table if exists "msme" cascade;`)

    this.addSql(`drop table if exists "msme_permit" cascade;`)

    this.addSql(`drop table if exists "msme_product_profile" cascade;`)
  }
}
