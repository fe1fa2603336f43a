import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Consignment stock: how each product is held (gallery shelf or MSME workshop) and its restock
 * threshold, the append-only stock movements (goods received, counts with their reasons), and
 * low-stock notices (one open notice per variant, enforced by a partial unique index).
 */
export class Migration20261203150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "consignment_product" (
      "id" text not null, "product_id" text not null, "msme_id" text not null,
      "mode" text check ("mode" in ('gallery', 'workshop')) not null default 'gallery',
      "shelf" text null, "low_stock_threshold" integer not null default 2,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
      constraint "consignment_product_pkey" primary key ("id"),
      constraint "consignment_product_threshold_check" check ("low_stock_threshold" >= 0));`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_consignment_product_product_id_unique" ON "consignment_product" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_consignment_product_msme_id" ON "consignment_product" ("msme_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`create table if not exists "stock_movement" (
      "id" text not null, "kind" text check ("kind" in ('received', 'count')) not null, "batch" text not null,
      "msme_id" text not null, "product_id" text not null, "variant_id" text not null, "location_id" text not null,
      "title" text null, "quantity" integer not null, "expected" integer null, "counted" integer null,
      "reason" text null, "reference" text null, "note" text null, "created_by" text null,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
      constraint "stock_movement_pkey" primary key ("id"));`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_movement_msme_id_created_at" ON "stock_movement" ("msme_id", "created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_movement_batch" ON "stock_movement" ("batch") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_movement_variant_id" ON "stock_movement" ("variant_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`create table if not exists "low_stock_notice" (
      "id" text not null, "msme_id" text not null, "product_id" text not null, "variant_id" text not null,
      "title" text not null, "available" integer not null, "threshold" integer not null, "resolved_at" timestamptz null,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
      constraint "low_stock_notice_pkey" primary key ("id"));`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_low_stock_notice_msme_id_resolved_at" ON "low_stock_notice" ("msme_id", "resolved_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_low_stock_notice_open_variant" ON "low_stock_notice" ("variant_id") WHERE resolved_at IS NULL AND deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "low_stock_notice" cascade;`)
    this.addSql(`drop table if exists "stock_movement" cascade;`)
    this.addSql(`drop table if exists "consignment_product" cascade;`)
  }
}
