import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The lexicon keeps words, not numbers: numbers are never corrected (lexicon.ts `correctable`), and
 * a catalog's sizes, years and serial numbers made most of its rows (99,777 of 101,656 at 100,000
 * benchmark products), which slowed every "closest words" lookup fivefold.
 */
export class Migration20261208010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`DELETE FROM "galeri_search_lexicon" WHERE "word" ~ '^[0-9]+$';`)
    this.addSql(`ANALYZE "galeri_search_lexicon";`)
  }

  override async down(): Promise<void> {
    // the numbers come back with the next reindex of an older version; nothing to restore here
  }
}
