import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The spelling lexicon of ../service.ts: every distinct word of each search index's documents, with
 * a trigram index for "closest words" lookups. Filled from the indexes that already exist; after
 * that the provider adds the words of every document it indexes.
 */
export class Migration20261129101500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table if not exists "galeri_search_lexicon" (
        "table_name" text not null,
        "word" text not null,
        constraint "galeri_search_lexicon_pkey" primary key ("table_name", "word")
      );
    `)
    this.addSql(
      `create index if not exists "galeri_search_lexicon_word_trgm" on "galeri_search_lexicon" using gin ("word" gin_trgm_ops);`,
    )
    this.addSql(`
      DO $$
      DECLARE t text;
      BEGIN
        FOR t IN SELECT "table_name" FROM "search_postgres_index" LOOP
          IF to_regclass(format('%I', t)) IS NOT NULL THEN
            EXECUTE format(
              'INSERT INTO "galeri_search_lexicon" ("table_name", "word")
               SELECT DISTINCT %L, w FROM %I, unnest(tsvector_to_array(to_tsvector(''simple'', "search_text"))) AS w
                WHERE length(w) BETWEEN 3 AND 40
               ON CONFLICT DO NOTHING', t, t);
          END IF;
        END LOOP;
      END
      $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "galeri_search_lexicon";`)
  }
}
