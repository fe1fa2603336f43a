import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ListingQuery } from "./validators"

type Row = {
  id: string
  title: string
  created_at: string | Date
  status: string
  sales_channels?: { id: string }[] | null
  variants?: { prices?: { amount: number; currency_code: string }[] | null }[] | null
}

const MAX_SCAN = 5000

/**
 * The ordered ids of the published products of a category or MSME, sorted as a buyer asks
 * (newest, price in the buyer's currency, name) and paged. The storefront then reads those
 * products through the Store API.
 */
export async function GET(req: MedusaStoreRequest<unknown, ListingQuery>, res: MedusaResponse) {
  const { category, msme, sort, currency_code, limit, offset } = req.validatedQuery as ListingQuery
  if (!category && !msme) throw new MedusaError(MedusaError.Types.INVALID_DATA, "give a category or an msme handle")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []

  let productIds: string[] | undefined
  if (category) {
    const { data } = await query.graph({
      entity: "product_category",
      fields: ["id", "products.id"],
      filters: { handle: category, is_active: true, is_internal: false },
    })
    const found = data[0] as { products?: { id: string }[] } | undefined
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Category ${category} was not found`)
    productIds = (found.products ?? []).map((p) => p.id)
  }
  if (msme) {
    const { data } = await query.graph({
      entity: "msme",
      fields: ["id", "status", "products.id"],
      filters: { handle: msme },
    })
    const found = data[0] as { status: string; products?: { id: string }[] } | undefined
    if (found?.status !== "active") throw new MedusaError(MedusaError.Types.NOT_FOUND, `MSME ${msme} was not found`)
    const ids = new Set((found.products ?? []).map((p) => p.id))
    productIds = productIds ? productIds.filter((id) => ids.has(id)) : [...ids]
  }

  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "created_at",
      "status",
      "sales_channels.id",
      "variants.prices.amount",
      "variants.prices.currency_code",
    ],
    filters: { id: (productIds ?? []).slice(0, MAX_SCAN), status: "published" },
  })
  const rows = (data as Row[]).filter(
    (p) => !salesChannelIds.length || (p.sales_channels ?? []).some((s) => salesChannelIds.includes(s.id)),
  )
  const priceOf = (p: Row) =>
    Math.min(
      ...(p.variants ?? []).flatMap((v) =>
        (v.prices ?? []).filter((x) => x.currency_code === currency_code).map((x) => Number(x.amount)),
      ),
    )
  const compare: Record<ListingQuery["sort"], (a: Row, b: Row) => number> = {
    newest: (a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime() || a.id.localeCompare(b.id),
    name: (a, b) => a.title.localeCompare(b.title, "id") || a.id.localeCompare(b.id),
    price_asc: (a, b) => priceOf(a) - priceOf(b) || a.id.localeCompare(b.id),
    price_desc: (a, b) => priceOf(b) - priceOf(a) || a.id.localeCompare(b.id),
  }
  rows.sort(compare[sort])
  res.setHeader("Cache-Control", "public, max-age=30")
  res.json({ ids: rows.slice(offset, offset + limit).map((p) => p.id), count: rows.length, limit, offset })
}
