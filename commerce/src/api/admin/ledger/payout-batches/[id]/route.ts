import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../../../modules/ledger"
import type LedgerModuleService from "../../../../../modules/ledger/service"
import { csvText } from "../../../../../modules/ledger/statement-csv"
import { msmeNames } from "../../helpers"

/**
 * A payout batch with its transfers, bank accounts in full (this page and its transfer list are the
 * only places they are shown); `?format=csv` is the list for the bank's bulk transfer.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const [batch] = await ledger.listLedgerPayoutBatches({ id: req.params.id }, { relations: ["payouts"] })
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout batch ${req.params.id} was not found`)
  const names = await msmeNames(
    req,
    batch.payouts.map((p) => p.msme_id),
  )
  const payouts = batch.payouts
    .map((p) => ({
      id: p.id,
      msme_id: p.msme_id,
      name: names.get(p.msme_id) ?? p.msme_id,
      amount: Number(p.amount),
      status: p.status,
      bank_name: p.bank_name,
      bank_account: p.bank_account,
      bank_holder: p.bank_holder,
      transfer_reference: p.transfer_reference,
      paid_at: p.paid_at ? new Date(p.paid_at).toISOString() : null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
  if (req.query.format === "csv") {
    const rows = [
      ["bank", "account_number", "account_holder", "amount_idr", "description", "payout_id"],
      ...payouts
        .filter((p) => p.status === "pending")
        .map((p) => [p.bank_name, p.bank_account, p.bank_holder, p.amount, `Galeri Caruban ${p.name}`, p.id]),
    ]
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="transfers-${batch.id}.csv"`)
    res.setHeader("Cache-Control", "no-store")
    res.send(csvText(rows))
    return
  }
  res.setHeader("Cache-Control", "no-store")
  res.json({ batch: { id: batch.id, created_at: batch.created_at, payouts } })
}
