import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The office's sales read model: per order and MSME, what the order's current lines of that MSME's
 * products are worth in rupiah (modules/office/sales.ts keeps it). The dashboard's turnover reads this
 * narrow table instead of joining Medusa's order, order item and line item rows.
 */
export class Migration20261202190100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "office_order_sale" ("order_id" text not null, "msme_id" text not null, "ordered_at" timestamptz not null, "currency_code" text not null, "amount" numeric not null, "amount_idr" numeric null, "quantity" numeric not null, "recorded_at" timestamptz not null default now(), constraint "office_order_sale_pkey" primary key ("order_id", "msme_id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_office_order_sale_ordered_at" ON "office_order_sale" ("ordered_at") INCLUDE ("msme_id", "amount_idr");`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_office_order_sale_msme" ON "office_order_sale" ("msme_id", "ordered_at");`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "office_order_sale" cascade;`)
  }
}
