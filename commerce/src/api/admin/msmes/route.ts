import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { registryPage } from "../../../modules/office/registry"
import type { AdminRegistryResponse } from "../../../types/msme/responses"
import { createMsmeWorkflow } from "../../../workflows/msme/create-msme"
import { MSME_FIELDS } from "./query-config"
import type { CreateMsmeBody, ListMsmesQuery } from "./validators"

/**
 * The MSME registry: filtered, counted, ordered and paged in the database (name, owner or NIB;
 * kecamatan, desa, sector, craft, status; verified or missing permits; online; products live;
 * export-ready), each row with its NIB, verified permits, sellers and products.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, ListMsmesQuery>,
  res: MedusaResponse<AdminRegistryResponse>,
) {
  const { limit, offset, sort, ...filters } = req.validatedQuery as ListMsmesQuery
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows, count } = await registryPage(knex, filters, { sort, limit, offset })
  res.json({ msmes: rows, count, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<CreateMsmeBody>, res: MedusaResponse) {
  const { permits, ...msme } = req.validatedBody
  const { result } = await createMsmeWorkflow(req.scope).run({
    input: { msme: { ...msme, source: "staff" }, permits, actor_id: req.auth_context.actor_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "msme", fields: MSME_FIELDS, filters: { id: result.msme.id } })
  res.status(201).json({ msme: data[0] })
}
