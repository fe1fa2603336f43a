import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { exportReadiness } from "../../../../modules/msme/export-readiness"
import { msmeOrderLines, msmeTurnover } from "../../../../modules/office/msme-activity"
import { readinessFacts } from "../../../../modules/office/readiness-facts"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"
import type { AdminMsmeResponse } from "../../../../types/msme/responses"
import { updateMsmeWorkflow } from "../../../../workflows/msme/update-msme"
import { MSME_FIELDS, MSME_PAGE_FIELDS } from "../query-config"
import type { UpdateMsmeBody } from "../validators"

async function readMsme(req: AuthenticatedMedusaRequest<unknown>, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "msme", fields: MSME_FIELDS, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `MSME ${id} was not found`)
  return data[0]
}

/**
 * An MSME as the office sees it: profile and permits, products with their curation, sellers and
 * invitations, monthly turnover and latest order lines, export inquiries, facilitation cases and
 * the history of its status (who, when, why).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminMsmeResponse>) {
  const id = req.params.id as string
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "msme", fields: MSME_PAGE_FIELDS, filters: { id } })
  const row = data[0] as unknown as AdminMsmeResponse["msme"] & {
    products?: AdminMsmeResponse["products"]
    sellers?: AdminMsmeResponse["sellers"]
    export_inquiries?: AdminMsmeResponse["inquiries"]
    status_changes?: AdminMsmeResponse["history"]
    facilitation_cases?: AdminMsmeResponse["facilitation_cases"]
  }
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `MSME ${id} was not found`)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const sellersModule: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const [turnover, orders, facts, invitations] = await Promise.all([
    msmeTurnover(knex, id),
    msmeOrderLines(knex, id),
    readinessFacts(knex, [id]),
    sellersModule.listSellerInvitations({ msme_id: id }, { order: { created_at: "DESC" }, take: 20 }),
  ])
  const { products, sellers, export_inquiries, status_changes, facilitation_cases, ...msme } = row
  const byNewest = <T extends { created_at: string | Date }>(list: T[] | undefined) =>
    [...(list ?? [])].sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)))
  res.json({
    msme,
    products: [...(products ?? [])].sort((a, b) => a.title.localeCompare(b.title)),
    sellers: sellers ?? [],
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      name: i.name,
      expires_at: new Date(i.expires_at).toISOString(),
      accepted_at: i.accepted_at ? new Date(i.accepted_at).toISOString() : null,
    })),
    turnover,
    orders,
    inquiries: byNewest(export_inquiries),
    facilitation_cases: byNewest(facilitation_cases),
    history: byNewest(status_changes),
    readiness: facts.get(id) ? exportReadiness(facts.get(id)!) : [],
  })
}

export async function POST(req: AuthenticatedMedusaRequest<UpdateMsmeBody>, res: MedusaResponse) {
  const id = req.params.id as string
  await readMsme(req, id)
  // (a status in the body was refused by the validator: it changes only through /status, with its reason)
  const { status: _status, ...changes } = req.validatedBody
  await updateMsmeWorkflow(req.scope).run({ input: { id, ...changes } })
  res.json({ msme: await readMsme(req, id) })
}
