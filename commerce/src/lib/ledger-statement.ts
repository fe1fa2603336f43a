import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"
import { statementCsv } from "../modules/ledger/statement-csv"
import { writeStatementPdf } from "../modules/ledger/statement-pdf"

/** One MSME's monthly statement, as JSON, or (`?format=csv|pdf`) as a CSV or PDF file; the same for staff and for the MSME. */
export async function sendStatement(req: MedusaRequest, res: MedusaResponse, msmeId: string, month: string) {
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const statement = await ledger.statement(msmeId, month)
  res.setHeader("Cache-Control", "private, no-store")
  const format = req.query.format
  if (format === "csv" || format === "pdf") {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "msme", fields: ["name", "handle"], filters: { id: msmeId } })
    const msme = (data[0] as { name: string; handle: string } | undefined) ?? { name: msmeId, handle: msmeId }
    if (format === "pdf") {
      res.setHeader("Content-Type", "application/pdf")
      res.setHeader("Content-Disposition", `attachment; filename="laporan-${msme.handle}-${month}.pdf"`)
      await writeStatementPdf(res, statement, msme.name)
      return
    }
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="laporan-${msme.handle}-${month}.csv"`)
    res.send(statementCsv(statement, msme.name))
    return
  }
  res.json({ statement })
}
