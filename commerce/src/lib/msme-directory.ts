import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { T } from "../modules/office/tables"

/**
 * Counts for the buyers' MSME directory, in PostgreSQL: how many published products each MSME of a
 * page has (a module link, which Query cannot count), and how many active MSMEs each kecamatan has
 * under the directory's filters (its map). Read-only SQL over Medusa's database, as the office's
 * reports read it (modules/office/tables.ts names the tables).
 */
export async function publishedProductCounts(knex: Knex, msmeIds: string[]): Promise<Map<string, number>> {
  if (!msmeIds.length) return new Map()
  const rows = (await knex.raw(
    `select mp.msme_id, count(*)::int as n
       from ${T.msmeProduct} mp
       join ${T.product} p on p.id = mp.product_id and p.deleted_at is null and p.status = 'published'
      where mp.deleted_at is null and mp.msme_id = any(?)
      group by mp.msme_id`,
    [msmeIds],
  )) as { rows: { msme_id: string; n: number }[] }
  return new Map(rows.rows.map((r) => [r.msme_id, Number(r.n)]))
}

export async function activeByKecamatan(
  knex: Knex,
  filters: { craft?: string; sector?: string },
): Promise<Record<string, number>> {
  const where = ["m.deleted_at is null", "m.status = 'active'"]
  const bindings: string[] = []
  if (filters.craft) {
    where.push("m.craft = ?")
    bindings.push(filters.craft)
  }
  if (filters.sector) {
    where.push("m.sector = ?")
    bindings.push(filters.sector)
  }
  const rows = (await knex.raw(
    `select m.kecamatan, count(*)::int as n from ${T.msme} m where ${where.join(" and ")} group by m.kecamatan`,
    bindings,
  )) as { rows: { kecamatan: string; n: number }[] }
  return Object.fromEntries(rows.rows.map((r) => [r.kecamatan, Number(r.n)]))
}
