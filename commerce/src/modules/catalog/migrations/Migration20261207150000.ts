import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * An index for the buyer's listings (lib/catalog-listing.ts) at 100,000 products: a category's
 * products by category (the product module's pivot table is keyed product first).
 */
export class Migration20261207150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_galeri_product_category_product_category" ON "product_category_product" ("product_category_id", "product_id");`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_galeri_product_category_product_category";`)
  }
}
