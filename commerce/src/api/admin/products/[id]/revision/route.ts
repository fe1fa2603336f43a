import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { storedSellerBody } from "../../../../../types/seller/http"
import { revisionWorkflow } from "../../../../../workflows/curation/revision"
import { ownProduct, planSellerProduct } from "../../../../../workflows/product/plan"
import type { SellerProductBody } from "../../../../seller/validators"
import type { RevisionDecisionBody } from "./validators"

const EVENT = { approve: "approved", request_changes: "changes_requested", reject: "rejected" } as const

/**
 * Staff decide on a seller's revision of an approved product: approval writes it onto the live
 * product (still approved, still visible); a request for changes or a rejection leaves the live
 * version as it is and tells the seller why.
 */
export async function POST(req: AuthenticatedMedusaRequest<RevisionDecisionBody>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "msme.id",
      "msme.handle",
      "msme.kecamatan",
      "product_curation.revision",
      "product_curation.revision_status",
    ],
    filters: { id: req.params.id as string },
  })
  const row = data[0] as unknown as
    | {
        msme?: { id: string; handle: string; kecamatan: string } | null
        product_curation?: { revision: { body: SellerProductBody } | null; revision_status: string | null } | null
      }
    | undefined
  if (!row?.msme) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  const { decision, notes } = req.validatedBody
  let plan: Awaited<ReturnType<typeof planSellerProduct>> | undefined
  if (
    decision === "approve" &&
    row.product_curation?.revision_status === "submitted" &&
    row.product_curation.revision
  ) {
    const product = await ownProduct(req.scope, row.msme.id, req.params.id as string)
    plan = await planSellerProduct(req.scope, row.msme, storedSellerBody(row.product_curation.revision.body), product)
  }
  const { result } = await revisionWorkflow(req.scope).run({
    input: {
      product_id: req.params.id as string,
      event: EVENT[decision],
      plan,
      actor_id: req.auth_context?.actor_id ?? null,
      notes: notes ?? null,
    },
  })
  res.json({ curation: result })
}
