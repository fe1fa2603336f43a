import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Locale } from "../../../modules/export-inquiry/terms"
import { INQUIRY_ERRORS } from "./messages"

/**
 * What the buyer's private page shows: their inquiry, the public thread and the current quote.
 * Never staff notes, assignment, MSME offers, email or phone, nor anything of another inquiry.
 */
export const BUYER_FIELDS = [
  "id",
  "reference",
  "status",
  "locale",
  "created_at",
  "buyer_name",
  "buyer_company",
  "buyer_country",
  "incoterm",
  "destination",
  "target_price",
  "currency",
  "certificates",
  "sample_requested",
  "expected_date",
  "history",
  "items.id",
  "items.title",
  "items.description",
  "items.quantity",
  "items.unit",
  "items.product.handle",
  "items.product.thumbnail",
  "messages.id",
  "messages.author_type",
  "messages.author_name",
  "messages.body",
  "messages.internal",
  "messages.created_at",
  "quotes.*",
  "order.id",
  "order.display_id",
]

export async function findByToken(container: MedusaContainer, token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "export_inquiry",
    fields: BUYER_FIELDS,
    filters: { access_token: token },
  })
  return (data[0] as Record<string, unknown> | undefined) ?? null
}

type Row = Record<string, unknown> & {
  id: string
  messages?: { internal: boolean; created_at: string }[]
  quotes?: { status: string; number: number; sent_by?: unknown }[]
  history?: { entries?: { to: string; at: string; actor_type: string }[] }
}

export function toBuyerView(row: Record<string, unknown>) {
  const r = row as Row
  const messages = (r.messages ?? [])
    .filter((m) => !m.internal)
    .sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
    .map(({ internal: _internal, ...m }) => m)
  const quotes = [...(r.quotes ?? [])].sort((a, b) => b.number - a.number)
  const quote = quotes.find((q) => q.status !== "superseded") ?? null
  const { id: _id, quotes: _q, messages: _m, history, ...rest } = r
  return {
    ...rest,
    messages,
    quote: quote ? (({ sent_by: _s, ...q }) => q)(quote) : null,
    timeline: (history?.entries ?? []).map((e) => ({ status: e.to, at: e.at, by: e.actor_type })),
  }
}

export function notFound(res: MedusaResponse, locale: Locale) {
  res.status(404).json({ type: "not_found", message: INQUIRY_ERRORS[locale].not_found })
}
