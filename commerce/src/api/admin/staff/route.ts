import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StaffPageQuery } from "../../../types/staff/http"
import { staffPage } from "../../../workflows/staff/staff-roles"

/** A page of the gallery's staff and their roles (who may curate, verify permits, mediate inquiries), counted. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StaffPageQuery>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as StaffPageQuery
  const { staff, count } = await staffPage(req.scope, { limit, offset })
  res.json({ staff, count, limit, offset })
}
