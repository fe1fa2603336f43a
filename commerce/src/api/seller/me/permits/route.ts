import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { addPermitWorkflow } from "../../../../workflows/msme/add-permit"
import { sellerContext } from "../../helpers"
import type { SellerPermitBody } from "../../validators"

/** The seller's MSME shows a permit (number checked); it stays pending until staff verify it. */
export async function POST(req: AuthenticatedMedusaRequest<SellerPermitBody>, res: MedusaResponse) {
  const { msme } = await sellerContext(req)
  const body = req.validatedBody
  const permits = (msme.permits ?? []) as { type: string; status: string }[]
  if (permits.some((p) => p.type === body.type && p.status !== "rejected" && p.status !== "expired")) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Your ${body.type} permit is on file already`)
  }
  const { result } = await addPermitWorkflow(req.scope).run({
    input: { msme_id: msme.id, ...body, status: "pending" },
  })
  res.status(201).json({ permit: result })
}
