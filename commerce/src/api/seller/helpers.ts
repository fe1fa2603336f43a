import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type SellerContext = {
  seller: { id: string; email: string; name: string; role: string; onboarding: string }
  msme: Record<string, unknown> & { id: string; handle: string; status: string }
}

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
