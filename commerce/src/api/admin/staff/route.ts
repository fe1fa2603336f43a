import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStaff } from "../../../workflows/staff/staff-roles"

/** The gallery's staff and their roles (who may curate, verify permits, mediate inquiries). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ staff: await listStaff(req.scope) })
}
