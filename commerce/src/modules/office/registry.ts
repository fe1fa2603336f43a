import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { exportReadiness, type Market } from "../msme/export-readiness"
import type { PermitType } from "../msme/permits"
import { readinessFacts } from "./readiness-facts"
import { T } from "./tables"

/**
 * The MSME registry as the office reads it: every filter, the count and the order in PostgreSQL
 * (indexes on kecamatan, status, sector, created_at; permits and links by msme_id), then the page's
 * columns read for its rows only. Read-only.
 */
export type RegistryFilters = {
  q?: string
  status?: string
  sector?: string
  kecamatan?: string
  desa?: string
  craft?: string
  /** every one of these permits verified and unexpired */
  verified?: PermitType[]
  /** none of these permits verified and unexpired */
  missing?: PermitType[]
  /** sellers: has seller accounts; staff_assisted: one opened by staff; none: not online */
  online?: "sellers" | "staff_assisted" | "none"
  /** has products live (published) */
  live?: "yes" | "no"
  /** has an export-ready product */
  export_ready?: "yes" | "no"
}

export const REGISTRY_SORTS = ["name", "-name", "newest", "oldest", "kecamatan", "-products_live"] as const
export type RegistrySort = (typeof REGISTRY_SORTS)[number]

export type RegistryRow = {
  id: string
  handle: string
  name: string
  owner_name: string
  sector: string
  craft: string
  kecamatan: string
  desa: string
  status: string
  whatsapp: string | null
  source: string
  created_at: string
  nib: string | null
  /** permit types verified and unexpired */
  verified: string[]
  /** permit types waiting for a verifier */
  pending: string[]
  sellers: number
  staff_assisted: number
  products: number
  products_live: number
  export_ready: boolean
  /** export readiness score (0-100) per target market: Singapore, Malaysia, Middle East */
  readiness: Record<Market, number>
}

const VERIFIED = (alias: string) =>
  `${alias}.status = 'verified' and (${alias}.expires_at is null or ${alias}.expires_at > now()) and ${alias}.deleted_at is null`

/** The WHERE clause of a filter, with its bindings. */
export function registryWhere(f: RegistryFilters): { sql: string; bindings: Knex.RawBinding[] } {
  const parts = ["m.deleted_at is null"]
  const bindings: Knex.RawBinding[] = []
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    const digits = f.q.replace(/\D/g, "")
    parts.push(
      `(m.name ilike ? or m.owner_name ilike ?${digits.length >= 4 ? ` or exists (select 1 from ${T.permit} p where p.msme_id = m.id and p.type = 'nib' and p.deleted_at is null and p.number like ?)` : ""})`,
    )
    bindings.push(like, like, ...(digits.length >= 4 ? [`%${digits}%`] : []))
  }
  for (const field of ["status", "sector", "kecamatan"] as const) {
    if (f[field]) {
      parts.push(`m.${field} = ?`)
      bindings.push(f[field]!)
    }
  }
  if (f.desa) {
    parts.push("lower(m.desa) = lower(?)")
    bindings.push(f.desa)
  }
  if (f.craft) {
    parts.push("m.craft ilike ?")
    bindings.push(`%${f.craft}%`)
  }
  for (const type of f.verified ?? []) {
    parts.push(`exists (select 1 from ${T.permit} p where p.msme_id = m.id and p.type = ? and ${VERIFIED("p")})`)
    bindings.push(type)
  }
  for (const type of f.missing ?? []) {
    parts.push(`not exists (select 1 from ${T.permit} p where p.msme_id = m.id and p.type = ? and ${VERIFIED("p")})`)
    bindings.push(type)
  }
  const sellers = (extra = "") =>
    `exists (select 1 from ${T.msmeSeller} l join ${T.seller} s on s.id = l.seller_id and s.deleted_at is null${extra} where l.msme_id = m.id and l.deleted_at is null)`
  if (f.online === "sellers") parts.push(sellers())
  if (f.online === "staff_assisted") parts.push(sellers(" and s.onboarding = 'staff_assisted'"))
  if (f.online === "none") parts.push(`not ${sellers()}`)
  const live = `exists (select 1 from ${T.msmeProduct} l join ${T.product} p on p.id = l.product_id and p.deleted_at is null and p.status = 'published' where l.msme_id = m.id and l.deleted_at is null)`
  if (f.live === "yes") parts.push(live)
  if (f.live === "no") parts.push(`not ${live}`)
  const exportReady = `exists (select 1 from ${T.msmeProduct} l join ${T.product} p on p.id = l.product_id and p.deleted_at is null join ${T.productProfile} pp on pp.product_id = p.id and pp.deleted_at is null join ${T.profile} pr on pr.id = pp.msme_product_profile_id and pr.export_ready where l.msme_id = m.id and l.deleted_at is null)`
  if (f.export_ready === "yes") parts.push(exportReady)
  if (f.export_ready === "no") parts.push(`not ${exportReady}`)
  return { sql: parts.join(" and "), bindings }
}

const ORDER: Record<RegistrySort, string> = {
  name: "lower(m.name) asc, m.id asc",
  "-name": "lower(m.name) desc, m.id desc",
  newest: "m.created_at desc, m.id desc",
  oldest: "m.created_at asc, m.id asc",
  kecamatan: "m.kecamatan asc, lower(m.name) asc, m.id asc",
  "-products_live": "live.n desc, lower(m.name) asc, m.id asc",
}

type BaseRow = Omit<
  RegistryRow,
  | "nib"
  | "verified"
  | "pending"
  | "sellers"
  | "staff_assisted"
  | "products"
  | "products_live"
  | "export_ready"
  | "readiness"
>

/** One page of the registry: rows in the order asked, with the count of the whole filtered registry. */
export async function registryPage(
  knex: Knex,
  filters: RegistryFilters,
  page: { sort: RegistrySort; limit: number; offset: number },
): Promise<{ rows: RegistryRow[]; count: number }> {
  const where = registryWhere(filters)
  const liveJoin =
    page.sort === "-products_live"
      ? `left join lateral (select count(*)::int as n from ${T.msmeProduct} l join ${T.product} p on p.id = l.product_id and p.deleted_at is null and p.status = 'published' where l.msme_id = m.id and l.deleted_at is null) live on true`
      : ""
  const result = await knex.raw(
    `select m.id, m.handle, m.name, m.owner_name, m.sector, m.craft, m.kecamatan, m.desa, m.status, m.whatsapp,
            m.source, m.created_at, count(*) over() as total
       from ${T.msme} m ${liveJoin}
      where ${where.sql}
      order by ${ORDER[page.sort]}
      limit ? offset ?`,
    [...where.bindings, page.limit, page.offset],
  )
  const base = result.rows as (BaseRow & { total: string })[]
  const count = base.length ? Number(base[0]!.total) : page.offset ? await registryCount(knex, filters) : 0
  return { rows: await withColumns(knex, base), count }
}

export async function registryCount(knex: Knex, filters: RegistryFilters): Promise<number> {
  const where = registryWhere(filters)
  const result = await knex.raw(`select count(*)::int as n from ${T.msme} m where ${where.sql}`, where.bindings)
  return Number(result.rows[0]?.n ?? 0)
}

/** The computed columns (NIB, permits, sellers, products, export readiness) of the given rows. */
async function withColumns(knex: Knex, base: (BaseRow & { total?: string })[]): Promise<RegistryRow[]> {
  if (!base.length) return []
  const ids = base.map((r) => r.id)
  const [permits, sellers, products, facts] = await Promise.all([
    knex.raw(
      `select msme_id, type, number, status, (${VERIFIED("p")}) as valid
         from ${T.permit} p where p.msme_id = any(?) and p.deleted_at is null`,
      [ids],
    ),
    knex.raw(
      `select l.msme_id, count(*)::int as n, count(*) filter (where s.onboarding = 'staff_assisted')::int as staff
         from ${T.msmeSeller} l join ${T.seller} s on s.id = l.seller_id and s.deleted_at is null
        where l.msme_id = any(?) and l.deleted_at is null group by l.msme_id`,
      [ids],
    ),
    knex.raw(
      `select l.msme_id, count(*)::int as n,
              count(*) filter (where p.status = 'published')::int as live,
              bool_or(coalesce(pr.export_ready, false)) as export_ready
         from ${T.msmeProduct} l
         join ${T.product} p on p.id = l.product_id and p.deleted_at is null
         left join ${T.productProfile} pp on pp.product_id = p.id and pp.deleted_at is null
         left join ${T.profile} pr on pr.id = pp.msme_product_profile_id and pr.deleted_at is null
        where l.msme_id = any(?) and l.deleted_at is null group by l.msme_id`,
      [ids],
    ),
    readinessFacts(knex, ids),
  ])
  const permitRows = permits.rows as { msme_id: string; type: string; number: string; status: string; valid: boolean }[]
  const sellerBy = new Map((sellers.rows as { msme_id: string; n: number; staff: number }[]).map((r) => [r.msme_id, r]))
  const productBy = new Map(
    (products.rows as { msme_id: string; n: number; live: number; export_ready: boolean }[]).map((r) => [r.msme_id, r]),
  )
  return base.map(({ total: _total, ...row }) => {
    const own = permitRows.filter((p) => p.msme_id === row.id)
    const nib = own.find((p) => p.type === "nib" && p.valid) ?? own.find((p) => p.type === "nib")
    return {
      ...row,
      created_at: new Date(row.created_at).toISOString(),
      nib: nib?.number ?? null,
      verified: [...new Set(own.filter((p) => p.valid).map((p) => p.type))].sort(),
      pending: [...new Set(own.filter((p) => p.status === "pending").map((p) => p.type))].sort(),
      sellers: sellerBy.get(row.id)?.n ?? 0,
      staff_assisted: sellerBy.get(row.id)?.staff ?? 0,
      products: productBy.get(row.id)?.n ?? 0,
      products_live: productBy.get(row.id)?.live ?? 0,
      export_ready: productBy.get(row.id)?.export_ready ?? false,
      readiness: Object.fromEntries(
        (facts.get(row.id) ? exportReadiness(facts.get(row.id)!) : []).map((r) => [r.market, r.score]),
      ) as Record<Market, number>,
    }
  })
}

/** The whole filtered registry in the order asked, a page at a time (for the XLSX and CSV exports). */
export async function* registryRows(
  knex: Knex,
  filters: RegistryFilters,
  sort: RegistrySort,
  pageSize = 1000,
): AsyncGenerator<RegistryRow[]> {
  for (let offset = 0; ; offset += pageSize) {
    const { rows } = await registryPage(knex, filters, { sort, limit: pageSize, offset })
    if (rows.length) yield rows
    if (rows.length < pageSize) return
  }
}
