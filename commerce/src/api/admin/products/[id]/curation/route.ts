import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveCurationWorkflow } from "../../../../../workflows/curation/move-curation"
import type { MoveCurationBody } from "./validators"

/** Staff record a curation decision for a product (submit, approve, request changes, reject, archive). */
export async function POST(req: AuthenticatedMedusaRequest<MoveCurationBody>, res: MedusaResponse) {
  const { result } = await moveCurationWorkflow(req.scope).run({
    input: {
      product_id: req.params.id as string,
      to: req.validatedBody.to,
      notes: req.validatedBody.notes ?? null,
      actor_id: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({ curation: result })
}
