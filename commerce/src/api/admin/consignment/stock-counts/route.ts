import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StockCountBody } from "../../../../types/consignment/http"
import { countStockWorkflow } from "../../../../workflows/consignment/stock"

/** Records a stock count (opname): differences set right in the inventory, each with its reason. */
export async function POST(req: AuthenticatedMedusaRequest<StockCountBody>, res: MedusaResponse) {
  const { result } = await countStockWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.status(201).json(result)
}
