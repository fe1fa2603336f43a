import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { rolesOf } from "../../../lib/staff-roles"

/** The gallery's staff and their roles (who may curate, verify permits, mediate inquiries). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const users = await req.scope.resolve(Modules.USER).listUsers({}, { take: 200, order: { email: "ASC" } })
  res.json({
    staff: users.map((u) => ({
      id: u.id,
      email: u.email,
      name: [u.first_name, u.last_name].filter(Boolean).join(" "),
      roles: rolesOf(u.metadata),
    })),
  })
}
