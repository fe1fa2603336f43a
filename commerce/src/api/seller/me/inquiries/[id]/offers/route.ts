import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { addOfferWorkflow } from "../../../../../../workflows/export-inquiry/assign-inquiry"
import { sellerContext } from "../../../../helpers"
import { sellerInquiries } from "../../../../inquiries"
import type { SellerOfferBody } from "../../../../validators"

/** The MSME adds its price, capacity and lead time for a line about one of its products. */
export async function POST(req: AuthenticatedMedusaRequest<SellerOfferBody>, res: MedusaResponse) {
  const { msme } = await sellerContext(req)
  const inquiries = await sellerInquiries(req)
  const inquiry = inquiries.find((i) => i.id === req.params.id)
  const item = inquiry?.items.find((i) => i.id === req.validatedBody.item_id)
  if (!inquiry || !item) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "There is no such inquiry line about your products")
  }
  await addOfferWorkflow(req.scope).run({
    input: {
      inquiry_id: inquiry.id,
      ...req.validatedBody,
      entered_by_type: "msme",
      entered_by_id: req.auth_context.actor_id,
      msme_id: msme.id,
    },
  })
  res.status(201).json({ inquiries: await sellerInquiries(req) })
}
