import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { officeReadiness } from "../../../../modules/office/indicators"
import type { DashboardQuery, ReadinessResponse } from "../../../../types/office/http"

/** Export readiness of the MSMEs the dashboard's filter covers, per target market in bands. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, DashboardQuery>,
  res: MedusaResponse<ReadinessResponse>,
) {
  const filters = req.validatedQuery as DashboardQuery
  res.setHeader("Cache-Control", "no-store")
  res.json({
    year: filters.year,
    readiness: await officeReadiness(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), filters),
  })
}
