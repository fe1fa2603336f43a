import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MSME_MODULE } from "../../../../modules/msme"
import type MsmeModuleService from "../../../../modules/msme/service"
import type { SaveMappingBody } from "../../../../types/msme/http"
import { saveImportMappingWorkflow } from "../../../../workflows/msme/import/workflows"

/** Saved column layouts for sheets whose headers differ from the office's usual ones. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const msmes: MsmeModuleService = req.scope.resolve(MSME_MODULE)
  res.json({ mappings: await msmes.listMsmeImportMappings({}, { order: { name: "ASC" } }) })
}

export async function POST(req: AuthenticatedMedusaRequest<SaveMappingBody>, res: MedusaResponse) {
  const { result } = await saveImportMappingWorkflow(req.scope).run({
    input: { ...req.validatedBody, created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ mapping: result })
}
