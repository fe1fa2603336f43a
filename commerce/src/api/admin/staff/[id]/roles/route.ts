import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { setStaffRolesWorkflow } from "../../../../../workflows/staff/set-staff-roles"
import { staffMemberOf } from "../../../../../workflows/staff/steps/set-roles"
import type { StaffRolesBody } from "../../validators"

/** An administrator gives a staff member their roles (recorded with who gave them and when). */
export async function POST(req: AuthenticatedMedusaRequest<StaffRolesBody>, res: MedusaResponse) {
  const id = req.params.id as string
  if (id === req.auth_context.actor_id && !req.validatedBody.roles.includes("admin")) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You cannot take your own administrator role away")
  }
  const { user } = await staffMemberOf(req.scope, id)
  const { result } = await setStaffRolesWorkflow(req.scope).run({
    input: { user_id: user.id, roles: req.validatedBody.roles, granted_by: req.auth_context.actor_id },
  })
  res.json({ staff: { id: user.id, email: user.email, roles: result.roles } })
}
