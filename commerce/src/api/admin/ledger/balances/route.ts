import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type LedgerModuleService from "../../../../modules/ledger/service"
import { maskAccount } from "../../../../modules/ledger/terms"
import type { LedgerBalanceRow } from "../../../../types/ledger/responses"
import { msmeNames } from "../helpers"

/** Every MSME with entries: its balance, what waits in unpaid payouts, what is due; bank accounts masked here. */
export async function GET(req: MedusaRequest, res: MedusaResponse<{ balances: LedgerBalanceRow[] }>) {
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const balances = await ledger.balances(null)
  const names = await msmeNames(
    req,
    balances.map((b) => b.msme_id),
  )
  const agreements = await ledger.listLedgerAgreements(
    { msme_id: balances.map((b) => b.msme_id) },
    { order: { starts_on: "DESC" } },
  )
  res.json({
    balances: balances.map((b) => ({
      ...b,
      name: names.get(b.msme_id) ?? b.msme_id,
      bank_account: maskAccount(agreements.find((a) => a.msme_id === b.msme_id)?.bank_account ?? null),
    })),
  })
}
