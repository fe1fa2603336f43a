import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStaff } from "../../../../workflows/staff/staff-roles"

/**
 * Colleagues by id, email and name, for every staff member: who decided what in a history, whom to
 * give an inquiry to. No roles here (those are for administrators, GET /admin/staff).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const staff = await listStaff(req.scope)
  res.json({ users: staff.map(({ id, email, name }) => ({ id, email, name })) })
}
