import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addPermitWorkflow } from "../../../../../workflows/msme/add-permit"
import type { PermitBody } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<PermitBody>, res: MedusaResponse) {
  const msmeId = req.params.id as string
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: msmes } = await query.graph({
    entity: "msme",
    fields: ["id", "permits.type", "permits.status"],
    filters: { id: msmeId },
  })
  const msme = msmes[0] as { permits?: { type: string; status: string }[] } | undefined
  if (!msme) throw new MedusaError(MedusaError.Types.NOT_FOUND, `MSME ${msmeId} was not found`)
  const body = req.validatedBody
  if (msme.permits?.some((p) => p.type === body.type && p.status !== "rejected" && p.status !== "expired")) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `This MSME already has a ${body.type} permit on file`)
  }
  const { result } = await addPermitWorkflow(req.scope).run({
    input: { msme_id: msmeId, ...body, status: "pending" },
  })
  res.status(201).json({ permit: result })
}
