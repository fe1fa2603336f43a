import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MSME_MODULE } from "../../../../../modules/msme"
import type MsmeModuleService from "../../../../../modules/msme/service"
import type { ImportRowsQuery } from "../../../../../types/msme/http"

/** The dry run's report, row by row (what each row would do, or why it cannot), filtered by outcome. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ImportRowsQuery>, res: MedusaResponse) {
  const { outcome, limit, offset } = req.validatedQuery as ImportRowsQuery
  const msmes: MsmeModuleService = req.scope.resolve(MSME_MODULE)
  const [rows, count] = await msmes.listAndCountMsmeImportRows(
    { import_id: req.params.id as string, ...(outcome ? { outcome } : {}) },
    { order: { row_number: "ASC" }, skip: offset, take: limit },
  )
  res.json({ rows, count, limit, offset })
}
