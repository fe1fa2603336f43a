import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MSME_MODULE } from "../../../../modules/msme"
import { FACILITATION_ROUTES, type FacilitationPermit } from "../../../../modules/msme/facilitation"
import type MsmeModuleService from "../../../../modules/msme/service"
import type { SellerFacilitationResponse } from "../../../../types/seller/responses"
import { sellerContext } from "../../helpers"

/** The MSME's own facilitation cases: open ones first, each with its next step and how the permit is obtained. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<SellerFacilitationResponse>) {
  const { msme } = await sellerContext(req)
  const service: MsmeModuleService = req.scope.resolve(MSME_MODULE)
  const cases = await service.listMsmeFacilitationCases(
    { msme_id: msme.id },
    { order: { created_at: "DESC" }, take: 50 },
  )
  res.json({
    cases: cases
      .sort((a, b) => Number(Boolean(a.closed_at)) - Number(Boolean(b.closed_at)))
      .map((c) => ({
        id: c.id,
        permit_type: c.permit_type,
        status: c.status,
        next_step: c.next_step,
        due_date: c.due_date ? new Date(c.due_date).toISOString() : null,
        closed_at: c.closed_at ? new Date(c.closed_at).toISOString() : null,
        route: FACILITATION_ROUTES[c.permit_type as FacilitationPermit],
      })),
  })
}
