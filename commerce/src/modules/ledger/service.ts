import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { REPORT_RATES } from "../office/sales"
import { LedgerAgreement } from "./models/agreement"
import { LedgerEntry } from "./models/entry"
import { LedgerPayout, LedgerPayoutBatch } from "./models/payout"
import type { Balance, Statement, StatementLine } from "./statement-types"
import { allocate, commissionOf, DEFAULT_COMMISSION_BPS, type EntryKind, monthOf, rupiah } from "./terms"

export type EntryInput = {
  msme_id: string
  kind: EntryKind
  amount: number
  reference: string
  occurred_at: Date
  order_id?: string | null
  order_display_id?: number | null
  line_item_id?: string | null
  payout_id?: string | null
  title?: string | null
  quantity?: number | null
  currency_code?: string | null
  original_amount?: number | null
  commission_bps?: number | null
}

type SaleLine = {
  line_item_id: string
  msme_id: string
  order_id: string
  display_id: number
  title: string
  quantity: number
  amount: number
  currency_code: string
  ordered_at: Date
}

const TOTALS: Record<EntryKind, keyof Pick<Statement, "sales" | "commission" | "refunds" | "payouts" | "adjustments">> =
  {
    sale: "sales",
    commission: "commission",
    refund: "refunds",
    commission_refund: "commission",
    payout: "payouts",
    adjustment: "adjustments",
  }

/** Ids as a PostgreSQL array literal (ids are letters, digits and underscores: nothing to quote). */
const pgArray = (ids: string[]) => {
  for (const id of ids)
    if (!/^[A-Za-z0-9_]+$/.test(id)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `not an id: ${id}`)
  return `{${ids.join(",")}}`
}

/** Rupiah per unit of a currency at the office's report rates (the rate the ledger books other currencies at). */
function idrRate(currency: string): number {
  const rate = (REPORT_RATES as Record<string, number | string>)[currency.toLowerCase()]
  if (typeof rate !== "number")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `no rupiah rate for ${currency}: the ledger books rupiah`)
  return rate
}

export type { Balance, Statement, StatementLine }

/**
 * Each MSME's balance (the sum of its entries), what waits in unpaid payouts, and what is due (never
 * below zero), as the CTE `r`; with `filtered`, only the MSMEs of the one `?` (a text array).
 */
const balancesCte = (filtered: boolean) =>
  `with b as (select msme_id, sum(amount)::bigint as balance from "ledger_entry"
               where deleted_at is null ${filtered ? "and msme_id = any(?::text[])" : ""} group by msme_id),
        p as (select msme_id, sum(amount)::bigint as pending from "ledger_payout"
               where status = 'pending' and deleted_at is null group by msme_id),
        r as (select b.msme_id, b.balance, coalesce(p.pending, 0) as pending,
                     greatest(0, b.balance - coalesce(p.pending, 0)) as due
                from b left join p using (msme_id))`

type BalanceRow = { msme_id: string; balance: string; pending: string; due: string }

const toBalance = (r: BalanceRow): Balance => ({
  msme_id: r.msme_id,
  balance: Number(r.balance),
  pending_payouts: Number(r.pending),
  due: Number(r.due),
})

/**
 * What each MSME is owed and paid. Every booking goes through `book`: one INSERT ... ON CONFLICT
 * (reference) DO NOTHING, so a retried event, webhook or click books once; the table itself refuses
 * updates and deletes. Balances and statements are sums of entries, never stored figures.
 */
export default class LedgerModuleService extends MedusaService({
  LedgerAgreement,
  LedgerEntry,
  LedgerPayoutBatch,
  LedgerPayout,
}) {
  /** Books entries that are not booked yet (by reference); answers how many were new. */
  @InjectTransactionManager()
  async book(entries: EntryInput[], @MedusaContext() context: Context<EntityManager> = {}): Promise<number> {
    if (!entries.length) return 0
    for (const e of entries)
      if (!Number.isInteger(e.amount))
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `ledger amounts are whole rupiah (${e.reference}: ${e.amount})`,
        )
    const rows = entries.map((e) => ({
      id: generateEntityId(undefined, "lent"),
      msme_id: e.msme_id,
      kind: e.kind,
      amount: e.amount,
      reference: e.reference,
      month: monthOf(e.occurred_at),
      occurred_at: e.occurred_at.toISOString(),
      order_id: e.order_id ?? null,
      order_display_id: e.order_display_id ?? null,
      line_item_id: e.line_item_id ?? null,
      payout_id: e.payout_id ?? null,
      title: e.title ?? null,
      quantity: e.quantity ?? null,
      currency_code: e.currency_code ?? null,
      original_amount: e.original_amount ?? null,
      commission_bps: e.commission_bps ?? null,
    }))
    const inserted = (await context.transactionManager!.execute(
      `insert into "ledger_entry" (id, msme_id, kind, amount, reference, month, occurred_at, order_id, order_display_id,
         line_item_id, payout_id, title, quantity, currency_code, original_amount, commission_bps)
       select id, msme_id, kind, amount, reference, month, occurred_at::timestamptz, order_id, order_display_id,
         line_item_id, payout_id, title, quantity, currency_code, original_amount, commission_bps
         from jsonb_to_recordset(?::jsonb) as r(id text, msme_id text, kind text, amount integer, reference text, month text,
           occurred_at text, order_id text, order_display_id integer, line_item_id text, payout_id text, title text,
           quantity integer, currency_code text, original_amount real, commission_bps integer)
       on conflict (reference) where deleted_at is null do nothing
       returning id`,
      [JSON.stringify(rows)],
    )) as { id: string }[]
    return inserted.length
  }

  /** The commission rate of an MSME's agreement in force at `at` (the standard rate when it has none). */
  @InjectTransactionManager()
  async commissionAt(
    msmeIds: string[],
    at: Date,
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<Map<string, number>> {
    const rows = (await context.transactionManager!.execute(
      `select distinct on (msme_id) msme_id, commission_bps from "ledger_agreement"
        where msme_id = any(?::text[]) and deleted_at is null and starts_on <= ? and (ends_on is null or ends_on > ?)
        order by msme_id, starts_on desc`,
      [pgArray(msmeIds), at.toISOString(), at.toISOString()],
    )) as { msme_id: string; commission_bps: number }[]
    const rates = new Map(msmeIds.map((id) => [id, DEFAULT_COMMISSION_BPS]))
    for (const r of rows) rates.set(r.msme_id, Number(r.commission_bps))
    return rates
  }

  /** An order's lines of MSMEs' products, what each is worth (unit price x quantity, as the buyer paid). */
  @InjectTransactionManager()
  async saleLines(orderId: string, @MedusaContext() context: Context<EntityManager> = {}): Promise<SaleLine[]> {
    const rows = (await context.transactionManager!.execute(
      `select li.id as line_item_id, mp.msme_id, o.id as order_id, o.display_id, li.title, oi.quantity::int as quantity,
              (li.unit_price * oi.quantity)::float8 as amount, lower(o.currency_code) as currency_code, o.created_at as ordered_at
         from "order" o
         join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
         join order_line_item li on li.id = oi.item_id and li.deleted_at is null
         join msme_msme_product_product mp on mp.product_id = li.product_id and mp.deleted_at is null
        where o.id = ? and o.deleted_at is null
        order by li.created_at, li.id`,
      [orderId],
    )) as SaleLine[]
    return rows.map((r) => ({ ...r, amount: Number(r.amount), ordered_at: new Date(r.ordered_at) }))
  }

  /**
   * A paid order's lines: for each, the sale (what the line is worth, in rupiah) and the gallery's
   * commission at the rate of the MSME's agreement on the order's date.
   */
  @InjectTransactionManager()
  async bookSales(orderId: string, paidAt: Date, @MedusaContext() context: Context<EntityManager> = {}) {
    const lines = await this.saleLines(orderId, context)
    if (!lines.length) return 0
    const rates = await this.commissionAt([...new Set(lines.map((l) => l.msme_id))], lines[0]!.ordered_at, context)
    const entries: EntryInput[] = lines.flatMap((line) => {
      const gross = rupiah(line.amount * idrRate(line.currency_code))
      const bps = rates.get(line.msme_id)!
      const common = {
        msme_id: line.msme_id,
        occurred_at: paidAt,
        order_id: line.order_id,
        order_display_id: line.display_id,
        line_item_id: line.line_item_id,
        title: line.title,
        quantity: line.quantity,
        currency_code: line.currency_code,
        commission_bps: bps,
      }
      return [
        {
          ...common,
          kind: "sale" as const,
          amount: gross,
          original_amount: line.amount,
          reference: `sale:${line.line_item_id}`,
        },
        {
          ...common,
          kind: "commission" as const,
          amount: -commissionOf(gross, bps),
          reference: `commission:${line.line_item_id}`,
        },
      ]
    })
    return this.book(entries, context)
  }

  /**
   * Refunds of an order (each once, by its id), spread over the order's lines in proportion to what
   * each was worth (whole rupiah that add up to the refund, shipping left out), each reversing the
   * sale and the commission on it.
   */
  @InjectTransactionManager()
  async bookRefunds(
    orderId: string,
    refunds: { id: string; amount: number; currency_code: string; created_at: Date }[],
    @MedusaContext() context: Context<EntityManager> = {},
  ) {
    const lines = await this.saleLines(orderId, context)
    if (!lines.length || !refunds.length) return 0
    const rates = await this.commissionAt([...new Set(lines.map((l) => l.msme_id))], lines[0]!.ordered_at, context)
    const worth = lines.map((l) => rupiah(l.amount * idrRate(l.currency_code)))
    const itemsTotal = worth.reduce((a, b) => a + b, 0)
    const entries: EntryInput[] = []
    for (const refund of refunds) {
      const amount = Math.min(rupiah(refund.amount * idrRate(refund.currency_code)), itemsTotal)
      allocate(amount, worth).forEach((share, i) => {
        if (!share) return
        const line = lines[i]!
        const bps = rates.get(line.msme_id)!
        const common = {
          msme_id: line.msme_id,
          occurred_at: refund.created_at,
          order_id: orderId,
          order_display_id: line.display_id,
          line_item_id: line.line_item_id,
          title: line.title,
          commission_bps: bps,
        }
        entries.push(
          { ...common, kind: "refund", amount: -share, reference: `refund:${refund.id}:${line.line_item_id}` },
          {
            ...common,
            kind: "commission_refund",
            amount: commissionOf(share, bps),
            reference: `commission_refund:${refund.id}:${line.line_item_id}`,
          },
        )
      })
    }
    return this.book(entries, context)
  }

  /** What each MSME's entries add up to, what is waiting in unpaid payouts, and what is due (never below zero). */
  @InjectTransactionManager()
  async balances(msmeIds: string[] | null, @MedusaContext() context: Context<EntityManager> = {}): Promise<Balance[]> {
    const rows = (await context.transactionManager!.execute(
      `${balancesCte(Boolean(msmeIds))} select r.* from r order by r.msme_id`,
      msmeIds ? [pgArray(msmeIds)] : [],
    )) as BalanceRow[]
    return rows.map(toBalance)
  }

  /**
   * A page of the balances, largest due first, counted in the database: `due` only the MSMEs owed
   * money now (what a payout batch chooses from), `all` every MSME with entries.
   */
  @InjectTransactionManager()
  async balancePage(
    page: { limit: number; offset: number; show: "due" | "all" },
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<{ balances: Balance[]; count: number }> {
    const cte = balancesCte(false)
    const only = page.show === "due" ? "where r.due > 0" : ""
    const em = context.transactionManager!
    // one after the other: both run on the one connection of this transaction
    const rows = (await em.execute(`${cte} select r.* from r ${only} order by r.due desc, r.msme_id limit ? offset ?`, [
      page.limit,
      page.offset,
    ])) as BalanceRow[]
    const counted = (await em.execute(`${cte} select count(*)::int as n from r ${only}`)) as { n: number }[]
    const count = counted[0]?.n ?? 0
    return { balances: rows.map(toBalance), count }
  }

  /** One MSME's month: the balance carried in, every entry of the month, the totals, the balance carried out. */
  @InjectTransactionManager()
  async statement(
    msmeId: string,
    month: string,
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<Statement> {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `a statement month is YYYY-MM (not ${month})`)
    const manager = context.transactionManager!
    const [opening] = (await manager.execute(
      `select coalesce(sum(amount), 0)::bigint as total from "ledger_entry" where msme_id = ? and month < ? and deleted_at is null`,
      [msmeId, month],
    )) as { total: string }[]
    const lines = (await manager.execute(
      `select id, kind, amount, occurred_at, order_display_id, title, quantity, currency_code, original_amount, commission_bps, reference
         from "ledger_entry" where msme_id = ? and month = ? and deleted_at is null order by occurred_at, reference`,
      [msmeId, month],
    )) as (Omit<StatementLine, "occurred_at"> & { occurred_at: Date | string })[]
    const statement: Statement = {
      msme_id: msmeId,
      month,
      opening_balance: Number(opening?.total ?? 0),
      sales: 0,
      commission: 0,
      refunds: 0,
      payouts: 0,
      adjustments: 0,
      closing_balance: 0,
      lines: lines.map((l) => ({
        ...l,
        amount: Number(l.amount),
        original_amount: l.original_amount === null ? null : Number(l.original_amount),
        occurred_at: new Date(l.occurred_at).toISOString(),
      })),
    }
    for (const line of statement.lines) statement[TOTALS[line.kind]] += line.amount
    statement.closing_balance = statement.opening_balance + statement.lines.reduce((sum, line) => sum + line.amount, 0)
    return statement
  }

  /**
   * A batch of payouts for the MSMEs given, each for what is due to it now, to the bank account of
   * its agreement. MSMEs with nothing due are left out; none may be left without a bank account.
   */
  @InjectTransactionManager()
  async createPayoutBatch(
    msmeIds: string[],
    createdBy: string | null,
    @MedusaContext() context: Context<EntityManager> = {},
  ) {
    const due = (await this.balances(msmeIds, context)).filter((b) => b.due > 0)
    if (!due.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "None of these MSMEs has anything due")
    const accounts = (await context.transactionManager!.execute(
      `select distinct on (msme_id) msme_id, bank_name, bank_account, bank_holder from "ledger_agreement"
        where msme_id = any(?::text[]) and deleted_at is null and starts_on <= now() order by msme_id, starts_on desc`,
      [pgArray(due.map((d) => d.msme_id))],
    )) as { msme_id: string; bank_name: string | null; bank_account: string | null; bank_holder: string | null }[]
    const byMsme = new Map(accounts.map((a) => [a.msme_id, a]))
    const without = due.filter((d) => !byMsme.get(d.msme_id)?.bank_account)
    if (without.length)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `No bank account on record for ${without.map((d) => d.msme_id).join(", ")}: add it to the MSME's agreement first`,
      )
    const batch = await this.createLedgerPayoutBatches({ created_by: createdBy }, context)
    await this.createLedgerPayouts(
      due.map((d) => {
        const account = byMsme.get(d.msme_id)!
        return {
          batch_id: batch.id,
          msme_id: d.msme_id,
          amount: d.due,
          bank_name: account.bank_name,
          bank_account: account.bank_account,
          bank_holder: account.bank_holder,
        }
      }),
      context,
    )
    return batch.id
  }

  /**
   * Marks a payout paid with the bank transfer's reference and books it against the MSME's balance.
   * A payout is paid once: marking it again is refused.
   */
  @InjectTransactionManager()
  async markPayoutPaid(
    payoutId: string,
    transferReference: string,
    paidBy: string | null,
    @MedusaContext() context: Context<EntityManager> = {},
  ) {
    const manager = context.transactionManager!
    const paid = (await manager.execute(
      `update "ledger_payout" set status = 'paid', transfer_reference = ?, paid_at = now(), paid_by = ?, updated_at = now()
        where id = ? and status = 'pending' and deleted_at is null returning id, msme_id, amount, paid_at`,
      [transferReference, paidBy, payoutId],
    )) as { id: string; msme_id: string; amount: number; paid_at: Date }[]
    if (!paid.length) {
      const [exists] = (await manager.execute(
        `select status from "ledger_payout" where id = ? and deleted_at is null`,
        [payoutId],
      )) as { status: string }[]
      if (!exists) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout ${payoutId} was not found`)
      throw new MedusaError(MedusaError.Types.CONFLICT, `Payout ${payoutId} is paid already`)
    }
    const row = paid[0]!
    await this.book(
      [
        {
          msme_id: row.msme_id,
          kind: "payout",
          amount: -Number(row.amount),
          reference: `payout:${row.id}`,
          occurred_at: new Date(row.paid_at),
          payout_id: row.id,
          title: transferReference,
        },
      ],
      context,
    )
    return row.id
  }
}
