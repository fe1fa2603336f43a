import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { SellerMeResponse } from "../../types/seller/responses"

/** The signed-in seller and their MSME: what GET /seller/me answers. */
export type SellerContext = SellerMeResponse

/**
 * The signed-in seller and their MSME, from the auth token only: no seller route ever takes an MSME
 * or seller id from the request, so a seller can reach nothing but their own.
 */
export async function sellerContext(req: AuthenticatedMedusaRequest): Promise<SellerContext> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: ["id", "email", "name", "role", "onboarding", "msme.*", "msme.permits.*"],
    filters: { id: req.auth_context.actor_id },
  })
  const row = data[0] as unknown as (SellerContext["seller"] & { msme?: SellerContext["msme"] }) | undefined
  if (!row?.msme) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This seller account is not linked to an MSME")
  const { msme, ...seller } = row
  return { seller, msme }
}

/**
 * For sign-up routes (a registration token, no seller yet): the sign-in identity and its email.
 * Refused when the sign-in has a seller account already or has no email and password.
 */
export async function newSignIn(req: AuthenticatedMedusaRequest): Promise<{ auth_identity_id: string; email: string }> {
  const { auth_identity_id, actor_id } = req.auth_context
  if (actor_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "This sign-in has a seller account already")
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Sign up with an email and a password first")
  return { auth_identity_id, email }
}
