import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createMsmeWorkflow } from "../../../workflows/msme/create-msme"
import { MSME_FIELDS } from "./query-config"
import type { CreateMsmeBody, ListMsmesQuery } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, ListMsmesQuery>, res: MedusaResponse) {
  const { q, status, sector, limit, offset } = req.validatedQuery as ListMsmesQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (sector) filters.sector = sector
  if (q) filters.q = q
  const { data, metadata } = await query.graph({
    entity: "msme",
    fields: MSME_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ msmes: data, count: metadata?.count ?? data.length, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<CreateMsmeBody>, res: MedusaResponse) {
  const { permits, ...msme } = req.validatedBody
  const { result } = await createMsmeWorkflow(req.scope).run({ input: { msme, permits } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "msme", fields: MSME_FIELDS, filters: { id: result.msme.id } })
  res.status(201).json({ msme: data[0] })
}
