import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { T } from "../modules/office/tables"

export const LISTING_SORTS = ["newest", "price_asc", "price_desc", "name"] as const
export type ListingSort = (typeof LISTING_SORTS)[number]

export type ListingScope = {
  /** a category's id: its products (directly in it) */
  category_id?: string
  /** an MSME's id: its products */
  msme_id?: string
  /** the publishable key's sales channels; empty means every channel */
  sales_channel_ids: string[]
}

/** The lowest regular price of a product's variants in a currency (price lists left out), or null. */
const LOWEST_PRICE = `(
  select min(pr.amount) from product_variant v
  join product_variant_price_set vps on vps.variant_id = v.id and vps.deleted_at is null
  join price pr on pr.price_set_id = vps.price_set_id and pr.deleted_at is null
    and pr.price_list_id is null and pr.currency_code = ?
  where v.product_id = p.id and v.deleted_at is null
)`

const ORDER: Record<ListingSort, string> = {
  newest: "p.created_at desc, p.id",
  name: "lower(p.title) asc, p.id",
  price_asc: "lowest asc nulls last, p.id",
  price_desc: "lowest desc nulls last, p.id",
}

/**
 * One page of the published products of a category or MSME, in the order a buyer asks for, with
 * the count of all of them: filtered, counted, sorted and paged in PostgreSQL (no scan in memory,
 * so a category of 50,000 products counts and pages like one of 5). Read-only SQL over Medusa's
 * database, because a category or MSME (a module link) filter with a price sort crosses three
 * modules that Query cannot sort across.
 */
export async function listingPage(
  knex: Knex,
  scope: ListingScope,
  sort: ListingSort,
  currency: string,
  page: { limit: number; offset: number },
): Promise<{ ids: string[]; count: number }> {
  const joins: string[] = []
  const where = ["p.deleted_at is null", "p.status = 'published'"]
  const bindings: Knex.RawBinding[] = []
  if (scope.category_id) {
    joins.push("join product_category_product pc on pc.product_id = p.id and pc.product_category_id = ?")
    bindings.push(scope.category_id)
  }
  if (scope.msme_id) {
    joins.push(`join ${T.msmeProduct} mp on mp.product_id = p.id and mp.deleted_at is null and mp.msme_id = ?`)
    bindings.push(scope.msme_id)
  }
  if (scope.sales_channel_ids.length) {
    where.push(
      "exists (select 1 from product_sales_channel psc where psc.product_id = p.id and psc.deleted_at is null and psc.sales_channel_id = any(?))",
    )
    bindings.push(scope.sales_channel_ids as unknown as Knex.RawBinding)
  }
  const from = `from ${T.product} p ${joins.join(" ")} where ${where.join(" and ")}`
  const priced = sort === "price_asc" || sort === "price_desc"
  const [counted, paged] = await Promise.all([
    knex.raw(`select count(*)::int as n ${from}`, bindings),
    knex.raw(
      `select p.id${priced ? `, ${LOWEST_PRICE} as lowest` : ""} ${from} order by ${ORDER[sort]} limit ? offset ?`,
      [...(priced ? [currency] : []), ...bindings, page.limit, page.offset],
    ),
  ])
  return {
    ids: (paged.rows as { id: string }[]).map((r) => r.id),
    count: (counted.rows as { n: number }[])[0]?.n ?? 0,
  }
}

/**
 * Each active category's published products counted, and the thumbnail of its newest one (the
 * category's picture on the home page), in one statement over the same tables as a listing.
 */
export async function categoryCovers(
  knex: Knex,
  sales_channel_ids: string[],
): Promise<Record<string, { product_count: number; thumbnail: string | null }>> {
  const channel = sales_channel_ids.length
    ? "and exists (select 1 from product_sales_channel psc where psc.product_id = p.id and psc.deleted_at is null and psc.sales_channel_id = any(?))"
    : ""
  const published = `from product_category_product pc join ${T.product} p on p.id = pc.product_id
      and p.deleted_at is null and p.status = 'published' ${channel}
    where pc.product_category_id = c.id`
  const bindings = sales_channel_ids.length ? [sales_channel_ids, sales_channel_ids] : []
  const { rows } = (await knex.raw(
    `select c.handle,
            (select count(*)::int ${published}) as product_count,
            (select p.thumbnail ${published} and p.thumbnail is not null order by p.created_at desc, p.id limit 1) as thumbnail
       from product_category c
      where c.deleted_at is null and c.is_active and not c.is_internal`,
    bindings as unknown as Knex.RawBinding[],
  )) as { rows: { handle: string; product_count: number; thumbnail: string | null }[] }
  return Object.fromEntries(
    rows.map((r) => [r.handle, { product_count: Number(r.product_count), thumbnail: r.thumbnail }]),
  )
}
