import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONSIGNMENT_MODULE } from "../../../../../modules/consignment"
import type ConsignmentModuleService from "../../../../../modules/consignment/service"
import type { HoldingBody } from "../../../../../types/consignment/http"
import { setHoldingWorkflow } from "../../../../../workflows/consignment/holding"

/** How the gallery holds this product (gallery shelf or MSME workshop, shelf, restock threshold). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  res.json({ holding: (await consignment.holdings([req.params.id!])).get(req.params.id!) })
}

export async function POST(req: AuthenticatedMedusaRequest<HoldingBody>, res: MedusaResponse) {
  const { result } = await setHoldingWorkflow(req.scope).run({
    input: { product_id: req.params.id!, ...req.validatedBody },
  })
  res.json({ holding: result })
}
