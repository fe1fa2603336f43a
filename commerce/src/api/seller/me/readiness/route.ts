import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MSME_MODULE } from "../../../../modules/msme"
import { exportReadiness } from "../../../../modules/msme/export-readiness"
import type MsmeModuleService from "../../../../modules/msme/service"
import { readinessFacts } from "../../../../modules/office/readiness-facts"
import type { SellerReadinessResponse } from "../../../../types/seller/responses"
import { sellerContext } from "../../helpers"

/** The MSME's export readiness for Singapore, Malaysia and the Middle East, with the next steps (permit steps say when the office is already helping). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<SellerReadinessResponse>) {
  const { msme } = await sellerContext(req)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const service: MsmeModuleService = req.scope.resolve(MSME_MODULE)
  const [facts, open] = await Promise.all([
    readinessFacts(knex, [msme.id]),
    service.listMsmeFacilitationCases({ msme_id: msme.id, closed_at: null }, { select: ["permit_type"] }),
  ])
  const helped = new Set(open.map((c) => c.permit_type as string))
  const markets = facts.get(msme.id) ? exportReadiness(facts.get(msme.id)!) : []
  res.json({
    markets: markets.map((m) => ({
      ...m,
      steps: m.steps.map((s) => ({ ...s, case_open: Boolean(s.permit && helped.has(s.permit)) })),
    })),
  })
}
