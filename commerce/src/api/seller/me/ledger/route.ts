import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type LedgerModuleService from "../../../../modules/ledger/service"
import { maskAccount } from "../../../../modules/ledger/terms"
import type { SellerLedgerResponse } from "../../../../types/ledger/responses"
import { sellerContext } from "../../helpers"

/** The signed-in MSME's account with the gallery: its balance, its payouts (bank account masked), the months with entries. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<SellerLedgerResponse>) {
  const { msme } = await sellerContext(req)
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const [balance] = await ledger.balances([msme.id])
  const payouts = await ledger.listLedgerPayouts({ msme_id: msme.id }, { order: { created_at: "DESC" }, take: 50 })
  const entries = await ledger.listLedgerEntries({ msme_id: msme.id }, { select: ["month"], take: 10_000 })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    balance: balance ?? { msme_id: msme.id, balance: 0, pending_payouts: 0, due: 0 },
    payouts: payouts.map((p) => ({
      id: p.id,
      msme_id: p.msme_id,
      amount: Number(p.amount),
      status: p.status,
      bank_name: p.bank_name,
      bank_account: maskAccount(p.bank_account),
      bank_holder: p.bank_holder,
      transfer_reference: p.transfer_reference,
      paid_at: p.paid_at ? new Date(p.paid_at).toISOString() : null,
    })),
    months: [...new Set(entries.map((e) => e.month))].sort().reverse(),
  })
}
