import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MSME_MODULE } from "../../../../../../modules/msme"
import type MsmeModuleService from "../../../../../../modules/msme/service"
import { assignInquiryLineWorkflow } from "../../../../../../workflows/export-inquiry/assign-inquiry"
import { staffInquiry } from "../../../helpers"
import type { AssignLineBody } from "../../../validators"

/** Staff give one line to an MSME (its sellers then see it and offer), or take it back (msme_id null). */
export async function POST(req: AuthenticatedMedusaRequest<AssignLineBody>, res: MedusaResponse) {
  const id = req.params.id as string
  const msmeId = req.validatedBody.msme_id
  if (msmeId) {
    const msmes: MsmeModuleService = req.scope.resolve(MSME_MODULE)
    if (!(await msmes.listMsmes({ id: msmeId })).length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no MSME ${msmeId}`)
    }
  }
  await assignInquiryLineWorkflow(req.scope).run({
    input: {
      inquiry_id: id,
      item_id: req.params.item_id as string,
      msme_id: msmeId,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ inquiry: await staffInquiry(req.scope, id) })
}
