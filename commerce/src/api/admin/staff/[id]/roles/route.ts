import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { rolesOf } from "../../../../../lib/staff-roles"
import type { StaffRolesBody } from "../../validators"

/** An administrator gives a staff member their roles (recorded with who gave them and when). */
export async function POST(req: AuthenticatedMedusaRequest<StaffRolesBody>, res: MedusaResponse) {
  const users = req.scope.resolve(Modules.USER)
  const [user] = await users.listUsers({ id: req.params.id as string })
  if (!user) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Staff member ${req.params.id} was not found`)
  if (user.id === req.auth_context.actor_id && !req.validatedBody.roles.includes("admin")) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You cannot take your own administrator role away")
  }
  const updated = await users.updateUsers({
    id: user.id,
    metadata: {
      ...(user.metadata ?? {}),
      galeri_roles: req.validatedBody.roles,
      galeri_roles_by: req.auth_context.actor_id,
      galeri_roles_at: new Date().toISOString(),
    },
  })
  res.json({ staff: { id: updated.id, email: updated.email, roles: rolesOf(updated.metadata) } })
}
