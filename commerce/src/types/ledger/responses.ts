import type { Balance, Statement } from "../../modules/ledger/statement-types"

export type { Balance, Statement }

export type LedgerBalanceRow = Balance & { name: string; bank_account: string | null }
export type LedgerBalancesResponse = { balances: LedgerBalanceRow[]; count: number; limit: number; offset: number }

export type LedgerPayoutView = {
  id: string
  msme_id: string
  amount: number
  status: "pending" | "paid"
  bank_name: string | null
  bank_account: string | null
  bank_holder: string | null
  transfer_reference: string | null
  paid_at: string | null
}

export type SellerLedgerResponse = {
  balance: Balance
  payouts: LedgerPayoutView[]
  months: string[]
}
