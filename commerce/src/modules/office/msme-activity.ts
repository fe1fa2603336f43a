import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { T } from "./tables"

/**
 * An MSME's sales as the office reads them: its order lines (lines of its products in orders that
 * were not cancelled), per month in each currency, and its latest orders. Read-only.
 */
export type MonthlyTurnover = { month: string; currency: string; orders: number; quantity: number; amount: number }
export type MsmeOrderLine = {
  line_id: string
  order_id: string
  display_id: number
  created_at: string
  status: string
  currency: string
  title: string
  quantity: number
  amount: number
}

/** The current version's lines of the MSME's products in orders that were not cancelled. */
const LINES = `
  from ${T.msmeProduct} mp
  join ${T.lineItem} li on li.product_id = mp.product_id and li.deleted_at is null
  join ${T.orderItem} oi on oi.item_id = li.id and oi.deleted_at is null
  join "${T.order}" o on o.id = oi.order_id and o.version = oi.version and o.deleted_at is null and o.status <> 'canceled'
 where mp.msme_id = ? and mp.deleted_at is null`

export async function msmeTurnover(knex: Knex, msmeId: string, months = 12): Promise<MonthlyTurnover[]> {
  const result = await knex.raw(
    `select to_char(date_trunc('month', o.created_at), 'YYYY-MM') as month, o.currency_code as currency,
            count(distinct o.id)::int as orders, sum(oi.quantity)::float as quantity,
            sum(li.unit_price * oi.quantity)::float as amount
       ${LINES} and o.created_at >= date_trunc('month', now()) - make_interval(months => ?)
      group by 1, 2 order by 1 desc, 2`,
    [msmeId, months - 1],
  )
  return result.rows as MonthlyTurnover[]
}

export async function msmeOrderLines(knex: Knex, msmeId: string, limit = 20): Promise<MsmeOrderLine[]> {
  const result = await knex.raw(
    `select li.id as line_id, o.id as order_id, o.display_id, o.created_at, o.status, o.currency_code as currency, li.title,
            oi.quantity::float as quantity, (li.unit_price * oi.quantity)::float as amount
       ${LINES} order by o.created_at desc limit ?`,
    [msmeId, limit],
  )
  return (result.rows as MsmeOrderLine[]).map((r) => ({ ...r, created_at: new Date(r.created_at).toISOString() }))
}
