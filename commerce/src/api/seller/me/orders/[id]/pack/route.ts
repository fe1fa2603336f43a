import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PackBody } from "../../../../../../types/consignment/http"
import { packOrderWorkflow } from "../../../../../../workflows/consignment/fulfil"
import { sellerContext } from "../../../../helpers"

/** The MSME packs its workshop's lines of a paid order as one parcel (another MSME's order reads as not found). */
export async function POST(req: AuthenticatedMedusaRequest<PackBody>, res: MedusaResponse) {
  const { msme } = await sellerContext(req)
  const { result } = await packOrderWorkflow(req.scope).run({
    input: {
      order_id: req.params.id!,
      packer: { kind: "workshop", msme_id: msme.id },
      items: req.validatedBody.items,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ fulfillment: { id: (result as { id: string }).id } })
}
