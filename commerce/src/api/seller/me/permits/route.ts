import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"
import { addPermitWorkflow } from "../../../../workflows/msme/add-permit"
import { resubmitPermitWorkflow } from "../../../../workflows/msme/resubmit-permit"
import { sellerContext } from "../../helpers"
import type { SellerPermitBody } from "../../validators"

/** The seller's MSME shows a permit (number checked); it stays pending until staff verify it. */
export async function POST(req: AuthenticatedMedusaRequest<SellerPermitBody>, res: MedusaResponse) {
  const { msme } = await sellerContext(req)
  const { permit: body, document_upload_id } = req.validatedBody
  if (document_upload_id) {
    const sellers: SellerModuleService = req.scope.resolve(SELLER_MODULE)
    const [upload] = await sellers.listSellerUploads({ id: document_upload_id, msme_id: msme.id, kind: "document" })
    if (!upload) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "This document is not among your uploads: upload it first (POST /seller/me/uploads?kind=document).",
      )
    }
  }
  const permits = (msme.permits ?? []) as { id: string; type: string; number: string; status: string }[]
  if (permits.some((p) => p.type === body.type && p.status !== "rejected" && p.status !== "expired")) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Your ${body.type} permit is on file already`)
  }
  // the same permit again after a rejection or its expiry (a clearer document, renewed dates): back to pending
  const earlier = permits.find((p) => p.type === body.type && p.number === body.number)
  if (earlier) {
    const { result } = await resubmitPermitWorkflow(req.scope).run({
      input: {
        permit_id: earlier.id,
        issued_at: body.issued_at ?? null,
        expires_at: body.expires_at ?? null,
        ...(document_upload_id ? { document_upload_id } : {}),
      },
    })
    res.status(201).json({ permit: result })
    return
  }
  const { result } = await addPermitWorkflow(req.scope).run({
    input: { msme_id: msme.id, ...body, document_upload_id: document_upload_id ?? null, status: "pending" },
  })
  res.status(201).json({ permit: result })
}
