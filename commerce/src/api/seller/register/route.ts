import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { registerSellerWorkflow } from "../../../workflows/seller/register-seller"
import type { RegisterSellerBody } from "../validators"

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80) || "umkm"

/**
 * Seller sign-up, after `POST /auth/seller/emailpass/register` gave a registration token: opens the
 * MSME (pending until staff verify it) and the seller account, bound to that sign-in.
 */
export async function POST(req: AuthenticatedMedusaRequest<RegisterSellerBody>, res: MedusaResponse) {
  const { auth_identity_id, actor_id } = req.auth_context
  if (actor_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "This sign-in has a seller account already")
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Sign up with an email and a password first")
  const body = req.validatedBody
  // a unique, readable handle: the business name, with a short suffix only when taken
  const msmes = req.scope.resolve("msme") as { listMsmes: (f: object) => Promise<unknown[]> }
  let handle = slug(body.msme.name)
  if ((await msmes.listMsmes({ handle })).length) handle = `${handle}-${auth_identity_id.slice(-6).toLowerCase()}`
  const { result } = await registerSellerWorkflow(req.scope).run({
    input: {
      auth_identity_id,
      seller: { email, name: body.name },
      msme: {
        handle,
        name: body.msme.name,
        owner_name: body.name,
        sector: body.msme.sector,
        craft: body.msme.craft,
        kecamatan: body.msme.kecamatan,
        desa: body.msme.desa,
        whatsapp: body.msme.whatsapp ?? null,
        email,
        story_id: body.msme.story_id ?? "",
        story_en: body.msme.story_en ?? "",
      },
    },
  })
  res.status(201).json({ seller: result.seller, msme: result.msme })
}
