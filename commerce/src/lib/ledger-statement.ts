import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"
import { statementCsv } from "../modules/ledger/statement-csv"

/** One MSME's monthly statement, as JSON or (`?format=csv`) as a CSV file; the same for staff and for the MSME. */
export async function sendStatement(req: MedusaRequest, res: MedusaResponse, msmeId: string, month: string) {
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const statement = await ledger.statement(msmeId, month)
  res.setHeader("Cache-Control", "private, no-store")
  if (req.query.format === "csv") {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "msme", fields: ["name", "handle"], filters: { id: msmeId } })
    const msme = (data[0] as { name: string; handle: string } | undefined) ?? { name: msmeId, handle: msmeId }
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="laporan-${msme.handle}-${month}.csv"`)
    res.send(statementCsv(statement, msme.name))
    return
  }
  res.json({ statement })
}
