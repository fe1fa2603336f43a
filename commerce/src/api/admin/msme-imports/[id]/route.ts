import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MSME_MODULE } from "../../../../modules/msme"
import type MsmeModuleService from "../../../../modules/msme/service"

/** An import job: its status, progress (rows done of rows in all) and the dry run's counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const msmes: MsmeModuleService = req.scope.resolve(MSME_MODULE)
  const [job] = await msmes.listMsmeImports({ id: req.params.id as string })
  if (!job) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Import ${req.params.id} was not found`)
  res.setHeader("Cache-Control", "no-store")
  res.json({ import: job })
}
