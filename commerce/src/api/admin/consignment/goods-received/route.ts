import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { GoodsReceivedBody } from "../../../../types/consignment/http"
import { receiveGoodsWorkflow } from "../../../../workflows/consignment/stock"

/** Records an MSME's consignment delivery; the pieces go into the gallery's stock. */
export async function POST(req: AuthenticatedMedusaRequest<GoodsReceivedBody>, res: MedusaResponse) {
  const { result } = await receiveGoodsWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.status(201).json(result)
}
