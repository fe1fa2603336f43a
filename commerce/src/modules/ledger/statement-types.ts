import type { EntryKind } from "./terms"

/** What the ledger answers about an MSME's money (no decorators here: both sides of the wire import these). */
export type Balance = { msme_id: string; balance: number; pending_payouts: number; due: number }

export type StatementLine = {
  id: string
  kind: EntryKind
  amount: number
  occurred_at: string
  order_display_id: number | null
  title: string | null
  quantity: number | null
  currency_code: string | null
  original_amount: number | null
  commission_bps: number | null
  reference: string
}

export type Statement = {
  msme_id: string
  month: string
  opening_balance: number
  sales: number
  commission: number
  refunds: number
  payouts: number
  adjustments: number
  closing_balance: number
  lines: StatementLine[]
}
