import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DashboardQuery, DashboardResponse } from "../../../../types/office/http"
import { readDashboard } from "../helpers"

/** The office's targets dashboard, live from the data: a year, one kecamatan, one sector. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, DashboardQuery>,
  res: MedusaResponse<DashboardResponse>,
) {
  res.setHeader("Cache-Control", "no-store")
  res.json(await readDashboard(req.scope, req.validatedQuery as DashboardQuery))
}
