import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { runtimeConfig } from "./runtime-config"

/**
 * What gallery staff may do, kept on the Medusa user (`metadata.galeri_roles`). A staff account
 * without roles is an administrator (the gallery's first accounts, and the demo one): it may do
 * everything, including giving roles. Roles narrow an account to its work: curators review and feature
 * products, permit verifiers verify permits, mediators handle export inquiries. Sellers and
 * customers never reach any of it: every /admin route takes staff (user) tokens only.
 */
export const STAFF_ROLES = ["admin", "curator", "permit_verifier", "mediator"] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export function rolesOf(metadata: Record<string, unknown> | null | undefined): StaffRole[] {
  const roles = metadata?.galeri_roles
  if (!Array.isArray(roles) || roles.length === 0) return ["admin"]
  return roles.filter((r): r is StaffRole => (STAFF_ROLES as readonly string[]).includes(r as string))
}

export function mayAct(roles: StaffRole[], needed: StaffRole): boolean {
  return roles.includes("admin") || roles.includes(needed)
}

const ROLE_NAMES: Record<StaffRole, string> = {
  admin: "an administrator",
  curator: "a curator",
  permit_verifier: "a permit verifier",
  mediator: "an inquiry mediator",
}

/** Middleware: the signed-in staff member holds `role` (or is an administrator), or 403 saying who may. */
export function requireRole(role: StaffRole) {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (req.auth_context?.actor_type !== "user") {
      res.status(401).json({ type: "unauthorized", message: "Sign in as gallery staff" })
      return
    }
    const user = await req.scope.resolve(Modules.USER).retrieveUser(req.auth_context.actor_id)
    if (!mayAct(rolesOf(user.metadata), role)) {
      res
        .status(403)
        .json({ type: "not_allowed", message: `Only ${ROLE_NAMES[role]} or an administrator may do this.` })
      return
    }
    next()
  }
}

/**
 * Who on the staff is told about something: GALERI_STAFF_EMAILS when set, otherwise the staff
 * accounts that hold `role` (administrators included).
 */
export async function staffEmails(container: MedusaContainer, role: StaffRole): Promise<string[]> {
  const configured = (runtimeConfig().env.GALERI_STAFF_EMAILS ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)
  if (configured.length) return configured
  const users = await container.resolve(Modules.USER).listUsers({}, { take: 200 })
  return users.filter((u) => mayAct(rolesOf(u.metadata), role)).map((u) => u.email)
}
