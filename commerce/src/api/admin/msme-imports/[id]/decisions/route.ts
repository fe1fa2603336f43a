import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MSME_MODULE } from "../../../../../modules/msme"
import type MsmeModuleService from "../../../../../modules/msme/service"
import type { ImportDecisionsBody } from "../../../../../types/msme/http"
import { decideImportRowsWorkflow } from "../../../../../workflows/msme/import/workflows"

/** Decide conflicting rows: take the file's values ("file") or keep the registry's ("registry"). */
export async function POST(req: AuthenticatedMedusaRequest<ImportDecisionsBody>, res: MedusaResponse) {
  const msmes: MsmeModuleService = req.scope.resolve(MSME_MODULE)
  const ids = req.validatedBody.rows.map((r) => r.id)
  const rows = await msmes.listMsmeImportRows({ id: ids, import_id: req.params.id as string })
  const notConflicts = ids.filter((id) => !rows.some((r) => r.id === id && r.outcome === "conflict" && !r.result))
  if (notConflicts.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Only open conflicts of this import are decided; not: ${notConflicts.join(", ")}`,
    )
  }
  await decideImportRowsWorkflow(req.scope).run({ input: { rows: req.validatedBody.rows } })
  res.json({ decided: ids.length })
}
