import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { decide, matchAdminRule } from "../../modules/staff/access"
import { rolesOfUser } from "../../workflows/staff/staff-roles"

/**
 * Every /admin request, Medusa's core routes included, against the roles' allow-list
 * (modules/staff/access.ts). Medusa has authenticated the request before this runs (staff tokens,
 * sessions and secret API keys only); routes that authenticate themselves are marked public there.
 */
export async function staffAccess(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl
  const match = matchAdminRule(req.method, path)
  if (match.rule?.who === "public") return next()
  const auth = req.auth_context
  if (!auth?.actor_id || (auth.actor_type !== "user" && auth.actor_type !== "api-key")) {
    res.status(401).json({ type: "unauthorized", message: "Sign in as gallery staff" })
    return
  }
  const actor =
    auth.actor_type === "api-key"
      ? ({ kind: "api-key" } as const)
      : ({ kind: "user", id: auth.actor_id, roles: await rolesOfUser(req.scope, auth.actor_id) } as const)
  const decision = decide(actor, match)
  if (!decision.allowed) {
    res.status(403).json({ type: "not_allowed", message: `Only ${decision.who} may do this.` })
    return
  }
  next()
}
