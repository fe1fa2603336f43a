import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateMsmeWorkflow } from "../../../../workflows/msme/update-msme"
import { MSME_FIELDS } from "../query-config"
import type { UpdateMsmeBody } from "../validators"

async function readMsme(req: AuthenticatedMedusaRequest<unknown>, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "msme", fields: MSME_FIELDS, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `MSME ${id} was not found`)
  return data[0]
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ msme: await readMsme(req, req.params.id as string) })
}

export async function POST(req: AuthenticatedMedusaRequest<UpdateMsmeBody>, res: MedusaResponse) {
  const id = req.params.id as string
  await readMsme(req, id)
  await updateMsmeWorkflow(req.scope).run({ input: { id, ...req.validatedBody } })
  res.json({ msme: await readMsme(req, id) })
}
