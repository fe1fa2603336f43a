import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ShipBody } from "../../../../../../../types/consignment/http"
import { shipParcelWorkflow } from "../../../../../../../workflows/consignment/fulfil"
import { sellerContext } from "../../../../../helpers"

/** The MSME hands its own parcel to a courier with the waybill; the buyer's order page shows it. */
export async function POST(req: AuthenticatedMedusaRequest<ShipBody>, res: MedusaResponse) {
  const { msme } = await sellerContext(req)
  await shipParcelWorkflow(req.scope).run({
    input: {
      order_id: req.params.id!,
      fulfillment_id: req.params.fulfillment_id!,
      packer: { kind: "workshop", msme_id: msme.id },
      courier: req.validatedBody.courier,
      waybill: req.validatedBody.waybill,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ shipment: { id: req.params.fulfillment_id, shipped: true } })
}
