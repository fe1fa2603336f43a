// The stock provider's migration (pg_trgm, unaccent, the text search configuration, the catalog
// table), under its own name so databases migrated with either provider agree.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
