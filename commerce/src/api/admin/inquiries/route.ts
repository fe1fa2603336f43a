import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LIST_FIELDS } from "./query-config"
import type { ListInquiriesQuery } from "./validators"

/** Staff list inquiries, newest first, by status, country, assignee or a search of reference, buyer and company. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListInquiriesQuery>, res: MedusaResponse) {
  const { status, q, country, assigned_to, limit, offset } = req.validatedQuery as ListInquiriesQuery
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (country) filters.buyer_country = country
  if (assigned_to) filters.assigned_to = assigned_to === "none" ? null : assigned_to
  if (q) {
    const like = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`
    filters.$or = [
      { reference: { $ilike: like } },
      { buyer_name: { $ilike: like } },
      { buyer_company: { $ilike: like } },
      { buyer_email: { $ilike: like } },
    ]
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "export_inquiry",
    fields: LIST_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ inquiries: data, count: metadata?.count ?? data.length, offset, limit })
}
