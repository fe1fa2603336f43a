import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { T } from "../modules/office/tables"

export type CurationQueueFilters = {
  /** a curation status, or `revision`: approved products with a revision sent */
  status: string
  /** a category handle */
  category?: string
  kecamatan?: string
  /** an MSME's id or handle */
  msme?: string
}

/** The WHERE clause over a curation record `pc` joined to its product `l.product_id`. */
function statusWhere(status: string): { sql: string; bindings: Knex.RawBinding[] } {
  return status === "revision"
    ? { sql: "pc.status = 'approved' and pc.revision_status = 'submitted'", bindings: [] }
    : { sql: "pc.status = ?", bindings: [status] }
}

const CURATED = `${T.curation} pc join ${T.productCuration} l on l.product_curation_id = pc.id and l.deleted_at is null
  join ${T.product} p on p.id = l.product_id and p.deleted_at is null`

/**
 * One page of the curation queue, filtered, counted and ordered in PostgreSQL (oldest sent first),
 * and the filters' choices (the categories and kecamatan present in this status), each an
 * existence check per category or MSME rather than a read of every record. Read-only SQL across
 * the curation, product and MSME modules, which Query cannot filter across.
 */
export async function curationQueuePage(
  knex: Knex,
  f: CurationQueueFilters,
  page: { limit: number; offset: number },
): Promise<{
  ids: string[]
  count: number
  choices: { categories: { handle: string; name: string }[]; kecamatan: string[] }
}> {
  const status = statusWhere(f.status)
  const where = ["pc.deleted_at is null", status.sql]
  const bindings: Knex.RawBinding[] = [...status.bindings]
  if (f.category) {
    where.push(
      "exists (select 1 from product_category_product pcp join product_category c on c.id = pcp.product_category_id where pcp.product_id = p.id and c.handle = ?)",
    )
    bindings.push(f.category)
  }
  if (f.kecamatan || f.msme) {
    const parts = ["mp.product_id = p.id", "mp.deleted_at is null", "m.deleted_at is null"]
    if (f.kecamatan) {
      parts.push("m.kecamatan = ?")
      bindings.push(f.kecamatan)
    }
    if (f.msme) {
      parts.push("(m.id = ? or m.handle = ?)")
      bindings.push(f.msme, f.msme)
    }
    where.push(
      `exists (select 1 from ${T.msmeProduct} mp join ${T.msme} m on m.id = mp.msme_id where ${parts.join(" and ")})`,
    )
  }
  const from = `from ${CURATED} where ${where.join(" and ")}`
  const since = f.status === "revision" ? "pc.revision_submitted_at" : "pc.submitted_at"
  const present = `select 1 from ${CURATED} where pc.deleted_at is null and ${status.sql}`
  const [counted, paged, categories, kecamatan] = await Promise.all([
    knex.raw(`select count(*)::int as n ${from}`, bindings),
    knex.raw(`select pc.id ${from} order by ${since} asc nulls last, pc.id limit ? offset ?`, [
      ...bindings,
      page.limit,
      page.offset,
    ]),
    knex.raw(
      `select c.handle, c.name from product_category c where c.deleted_at is null and exists (
         ${present} and exists (select 1 from product_category_product pcp where pcp.product_id = p.id and pcp.product_category_id = c.id)
       ) order by c.name`,
      status.bindings,
    ),
    knex.raw(
      `select distinct m.kecamatan from ${T.msme} m where m.deleted_at is null and exists (
         select 1 from ${T.msmeProduct} mp where mp.msme_id = m.id and mp.deleted_at is null and exists (${present} and p.id = mp.product_id)
       ) order by m.kecamatan`,
      status.bindings,
    ),
  ])
  return {
    ids: (paged.rows as { id: string }[]).map((r) => r.id),
    count: (counted.rows as { n: number }[])[0]?.n ?? 0,
    choices: {
      categories: categories.rows as { handle: string; name: string }[],
      kecamatan: (kecamatan.rows as { kecamatan: string }[]).map((r) => r.kecamatan),
    },
  }
}
