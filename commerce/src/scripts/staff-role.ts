import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STAFF_ROLES, type StaffRole } from "../modules/staff/access"
import { setStaffRolesWorkflow } from "../workflows/staff/set-staff-roles"

/**
 * `medusa exec ./src/scripts/staff-role.ts <email> [role ...]`: gives an existing staff account its
 * roles (default: admin). This is how the first administrator is made in production, after
 * `medusa user -e <email> -p <password>`; later administrators give roles in Medusa Admin.
 */
export default async function staffRole({ container, args }: ExecArgs) {
  const [email, ...named] = args
  const roles = (named.length ? named : ["admin"]) as StaffRole[]
  const unknown = roles.filter((r) => !(STAFF_ROLES as readonly string[]).includes(r))
  if (!email || unknown.length) {
    throw new Error(
      `usage: medusa exec ./src/scripts/staff-role.ts <email> [${STAFF_ROLES.join("|")} ...]${unknown.length ? ` (unknown role: ${unknown.join(", ")})` : ""}`,
    )
  }
  const [user] = await container.resolve(Modules.USER).listUsers({ email })
  if (!user) {
    throw new Error(`No staff account ${email}: create it first with medusa user -e ${email} -p <password>`)
  }
  await setStaffRolesWorkflow(container).run({ input: { user_id: user.id, roles, granted_by: null } })
  process.stdout.write(`${email} now has the roles: ${roles.join(", ")}\n`)
}
