import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { addSellerWorkflow } from "../../../../../workflows/seller/add-seller"
import type { AddSellerBody } from "../../validators"

/** Staff open a seller account for this MSME (staff-assisted listing), with a first password to hand over. */
export async function POST(req: AuthenticatedMedusaRequest<AddSellerBody>, res: MedusaResponse) {
  const msmeId = req.params.id as string
  const msmes = req.scope.resolve("msme") as { listMsmes: (f: object) => Promise<unknown[]> }
  if (!(await msmes.listMsmes({ id: msmeId })).length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `MSME ${msmeId} was not found`)
  }
  const { result } = await addSellerWorkflow(req.scope).run({
    input: { msme_id: msmeId, ...req.validatedBody, staff_id: req.auth_context?.actor_id ?? null },
  })
  res.status(201).json({ seller: result })
}
