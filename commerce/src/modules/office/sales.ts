import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { T } from "./tables"

/**
 * The office's sales read model (`office_order_sale`): per order and MSME, what the order's current
 * lines of that MSME's products are worth, in the order's currency and in rupiah at the report rates.
 * Kept by `recordOrderSalesWorkflow` on Medusa's order events (placed, edited, cancelled, claims,
 * exchanges) and rebuilt nightly; recording an order again replaces its rows (a retried or doubled
 * event changes nothing). Orders placed, not money received: since the MSME ledger (issue 16) the
 * targets dashboard reads turnover from `ledger_entry` (paid, net of refunds) instead, and this model
 * is no longer read by it.
 */

/** Indicative rates (rupiah per unit, dated) for money in other currencies; never presented as live. */
export const REPORT_RATES = { date: "2026-11-01", idr: 1, usd: 16_500, sgd: 12_700, myr: 3_700 } as const

/** Rupiah per unit of the currency in `column` (null for a currency without a report rate). */
export const rateSql = (column: string) =>
  `(case lower(${column}) when 'idr' then 1 when 'usd' then ${REPORT_RATES.usd} when 'sgd' then ${REPORT_RATES.sgd} when 'myr' then ${REPORT_RATES.myr} else null end)`

/** The rows an order should have: its current version's lines, grouped by the MSME whose product each is. */
const FRESH = `select o.id as order_id, mp.msme_id, o.created_at as ordered_at, lower(o.currency_code) as currency_code,
         sum(li.unit_price * oi.quantity) as amount, sum(li.unit_price * oi.quantity) * ${rateSql("o.currency_code")} as amount_idr,
         sum(oi.quantity) as quantity
    from "${T.order}" o
    join ${T.orderItem} oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
    join ${T.lineItem} li on li.id = oi.item_id and li.deleted_at is null
    join ${T.msmeProduct} mp on mp.product_id = li.product_id and mp.deleted_at is null
   where o.id = any(:ids) and o.deleted_at is null and o.status <> 'canceled'
   group by 1, 2, 3, 4`

export type RecordedSales = { orders: number; rows: number; removed: number }

/** Brings the given orders' rows up to date in one statement: upserts what they are worth now, removes what they no longer hold. */
export async function recordOrderSales(knex: Knex, orderIds: string[]): Promise<RecordedSales> {
  const ids = [...new Set(orderIds.filter(Boolean))]
  if (!ids.length) return { orders: 0, rows: 0, removed: 0 }
  const result = await knex.raw(
    `with fresh as (${FRESH}),
     gone as (
       delete from ${T.sale} s where s.order_id = any(:ids)
          and not exists (select 1 from fresh f where f.order_id = s.order_id and f.msme_id = s.msme_id)
       returning 1),
     kept as (
       insert into ${T.sale} (order_id, msme_id, ordered_at, currency_code, amount, amount_idr, quantity, recorded_at)
       select order_id, msme_id, ordered_at, currency_code, amount, amount_idr, quantity, now() from fresh
       on conflict (order_id, msme_id) do update set ordered_at = excluded.ordered_at, currency_code = excluded.currency_code,
         amount = excluded.amount, amount_idr = excluded.amount_idr, quantity = excluded.quantity, recorded_at = now()
       returning 1)
     select (select count(*) from kept)::int as rows, (select count(*) from gone)::int as removed`,
    { ids },
  )
  const row = result.rows[0] as { rows: number; removed: number }
  return { orders: ids.length, rows: row.rows, removed: row.removed }
}

/**
 * Records every order again, in batches of `batch` orders in id order (the nightly reconciliation,
 * the first fill after the table is made, the benchmark), and drops rows of orders that are gone.
 */
export async function rebuildOrderSales(
  knex: Knex,
  opts: { batch?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<RecordedSales> {
  const batch = opts.batch ?? 5_000
  const total = Number((await knex.raw(`select count(*) as n from "${T.order}" where deleted_at is null`)).rows[0].n)
  const removed = await knex.raw(
    `delete from ${T.sale} s where not exists (select 1 from "${T.order}" o where o.id = s.order_id and o.deleted_at is null)`,
  )
  const sum: RecordedSales = { orders: 0, rows: 0, removed: removed.rowCount ?? 0 }
  let after = ""
  for (;;) {
    const page = await knex.raw(`select id from "${T.order}" where deleted_at is null and id > ? order by id limit ?`, [
      after,
      batch,
    ])
    const ids = (page.rows as { id: string }[]).map((r) => r.id)
    if (!ids.length) break
    const r = await recordOrderSales(knex, ids)
    sum.orders += r.orders
    sum.rows += r.rows
    sum.removed += r.removed
    after = ids.at(-1)!
    opts.onProgress?.(sum.orders, total)
  }
  return sum
}
