import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setMsmeStatusWorkflow } from "../../../../../workflows/msme/set-status"
import { MSME_FIELDS } from "../../query-config"
import type { SetMsmeStatusBody } from "../../validators"

/** An administrator activates or suspends an MSME with the reason; its products follow (published or taken down). */
export async function POST(req: AuthenticatedMedusaRequest<SetMsmeStatusBody>, res: MedusaResponse) {
  const id = req.params.id as string
  await setMsmeStatusWorkflow(req.scope).run({
    input: { id, ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "msme", fields: MSME_FIELDS, filters: { id } })
  res.json({ msme: data[0] })
}
