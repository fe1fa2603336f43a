import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { slug } from "../../../workflows/product/plan"
import { registerSellerWorkflow } from "../../../workflows/seller/register-seller"
import { newSignIn } from "../helpers"
import type { RegisterSellerBody } from "../validators"

/**
 * Seller sign-up, after `POST /auth/seller/emailpass/register` gave a registration token: opens the
 * MSME (pending until staff verify it) and the seller account, bound to that sign-in.
 */
export async function POST(req: AuthenticatedMedusaRequest<RegisterSellerBody>, res: MedusaResponse) {
  const { auth_identity_id, email } = await newSignIn(req)
  const body = req.validatedBody
  // a unique, readable handle: the business name, with a short suffix only when taken
  const msmes = req.scope.resolve("msme") as { listMsmes: (f: object) => Promise<unknown[]> }
  let handle = slug(body.msme.name, 80) || "umkm"
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
