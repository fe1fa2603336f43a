import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { moveCurationWorkflow } from "../../../../../../workflows/curation/move-curation"
import { ownProduct } from "../../../../../../workflows/product/plan"
import { sellerContext } from "../../../../helpers"
import { sellerProductView } from "../../../../products"
import type { SubmitProductBody } from "../../../../validators"

/** The seller sends a product (new, changed after a request, rejected or archived) to the gallery's curators. */
export async function POST(req: AuthenticatedMedusaRequest<SubmitProductBody>, res: MedusaResponse) {
  const { seller, msme } = await sellerContext(req)
  const product = await ownProduct(req.scope, msme.id, req.params.id as string)
  const status = product.product_curation?.status ?? "draft"
  if (status === "submitted") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This product is with the curators already; wait for their decision.",
    )
  }
  if (status === "approved") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This product is live: save your changes and they go to the curators while buyers keep seeing the approved version.",
    )
  }
  await moveCurationWorkflow(req.scope).run({
    input: { product_id: product.id, to: "submitted", actor_id: seller.id, notes: req.validatedBody.note ?? null },
  })
  res.json({ product: await sellerProductView(req.scope, product.id) })
}
