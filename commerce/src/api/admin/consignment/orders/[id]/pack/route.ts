import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { consignmentOrders } from "../../../../../../lib/consignment-orders"
import type { PackBody } from "../../../../../../types/consignment/http"
import type { ConsignmentOrderResponse } from "../../../../../../types/consignment/responses"
import { packOrderWorkflow } from "../../../../../../workflows/consignment/fulfil"

/** Packs the order's gallery-held lines (all that remain, or those named) as one parcel. */
export async function POST(req: AuthenticatedMedusaRequest<PackBody>, res: MedusaResponse<ConsignmentOrderResponse>) {
  await packOrderWorkflow(req.scope).run({
    input: {
      order_id: req.params.id!,
      packer: { kind: "gallery" },
      items: req.validatedBody.items,
      actor_id: req.auth_context.actor_id,
    },
  })
  const [order] = await consignmentOrders(req.scope, { id: req.params.id }, 1)
  res.status(201).json({ order: order! })
}
