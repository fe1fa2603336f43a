import type { MedusaContainer } from "@medusajs/framework/types"
import { generateJwtToken, Modules } from "@medusajs/framework/utils"
import type { StaffRole } from "../../src/modules/staff/access"
import { setStaffRolesWorkflow } from "../../src/workflows/staff/set-staff-roles"

/** A staff user with its roles (administrator unless told) and the headers that authenticate as them, the way Medusa's own tests do it. */
export async function createStaff(
  container: MedusaContainer,
  email = "kurator@galeri-caruban.test",
  roles: StaffRole[] = ["admin"],
) {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const user = await userModule.createUsers({ email, first_name: "Dewi", last_name: "Kurator" })
  const identity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  if (roles.length) await setStaffRolesWorkflow(container).run({ input: { user_id: user.id, roles, granted_by: null } })
  const config = container.resolve("configModule") as { projectConfig: { http: { jwtSecret: string } } }
  const token = generateJwtToken(
    { actor_id: user.id, actor_type: "user", auth_identity_id: identity.id, app_metadata: { user_id: user.id } },
    { secret: config.projectConfig.http.jwtSecret, expiresIn: "1d" },
  )
  return { user, headers: { authorization: `Bearer ${token}` } }
}

export function storeHeaders(publishableKey: string, extra: Record<string, string> = {}) {
  return { "x-publishable-api-key": publishableKey, ...extra }
}
