import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type LedgerModuleService from "../../../../modules/ledger/service"
import { maskAccount } from "../../../../modules/ledger/terms"
import type { LedgerPageQuery } from "../../../../types/ledger/http"
import type { LedgerBalancesResponse } from "../../../../types/ledger/responses"
import { msmeNames } from "../helpers"

/**
 * A page of the MSMEs' balances, largest due first (`show=due`: those owed money now; `all`: every
 * MSME with entries): balance, what waits in unpaid payouts, what is due; bank accounts masked here.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<LedgerBalancesResponse>) {
  const { limit, offset, show } = req.validatedQuery as LedgerPageQuery
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const { balances, count } = await ledger.balancePage({ limit, offset, show })
  const ids = balances.map((b) => b.msme_id)
  const names = await msmeNames(req, ids)
  const agreements = ids.length
    ? await ledger.listLedgerAgreements({ msme_id: ids }, { order: { starts_on: "DESC" } })
    : []
  res.json({
    balances: balances.map((b) => ({
      ...b,
      name: names.get(b.msme_id) ?? b.msme_id,
      bank_account: maskAccount(agreements.find((a) => a.msme_id === b.msme_id)?.bank_account ?? null),
    })),
    count,
    limit,
    offset,
  })
}
