import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { consignmentOrders } from "../../../../../../../lib/consignment-orders"
import type { ShipBody } from "../../../../../../../types/consignment/http"
import type { ConsignmentOrderResponse } from "../../../../../../../types/consignment/responses"
import { shipParcelWorkflow } from "../../../../../../../workflows/consignment/fulfil"

/** Hands a packed gallery parcel to its courier with the waybill (once: a second time is a 409). */
export async function POST(req: AuthenticatedMedusaRequest<ShipBody>, res: MedusaResponse<ConsignmentOrderResponse>) {
  await shipParcelWorkflow(req.scope).run({
    input: {
      order_id: req.params.id!,
      fulfillment_id: req.params.fulfillment_id!,
      packer: { kind: "gallery" },
      courier: req.validatedBody.courier,
      waybill: req.validatedBody.waybill,
      actor_id: req.auth_context.actor_id,
    },
  })
  const [order] = await consignmentOrders(req.scope, { id: req.params.id }, 1)
  res.json({ order: order! })
}
