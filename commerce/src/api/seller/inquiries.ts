import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SellerInquiry } from "../../types/seller/responses"
import { sellerContext } from "./helpers"

export type { SellerInquiry }

type Row = Omit<SellerInquiry, "items"> & {
  items: (Omit<SellerInquiry["items"][number], "product_id" | "assigned" | "offers"> & {
    offers?: (SellerInquiry["items"][number]["offers"][number] & { msme_id?: string | null })[]
    product?: { id: string } | null
    assigned_msme_id?: string | null
  })[]
}

/** The inquiries linked to the signed-in seller's MSME, cut down to the lines about its own products. */
export async function sellerInquiries(req: AuthenticatedMedusaRequest): Promise<SellerInquiry[]> {
  const { msme } = await sellerContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "msme",
    fields: [
      "id",
      "products.id",
      "export_inquiries.id",
      "export_inquiries.reference",
      "export_inquiries.status",
      "export_inquiries.created_at",
      "export_inquiries.buyer_country",
      "export_inquiries.incoterm",
      "export_inquiries.destination",
      "export_inquiries.certificates",
      "export_inquiries.sample_requested",
      "export_inquiries.expected_date",
      "export_inquiries.items.id",
      "export_inquiries.items.title",
      "export_inquiries.items.quantity",
      "export_inquiries.items.unit",
      "export_inquiries.items.product.id",
      "export_inquiries.items.assigned_msme_id",
      "export_inquiries.items.offers.*",
    ],
    filters: { id: msme.id },
  })
  const row = data[0] as unknown as { products?: { id: string }[]; export_inquiries?: Row[] } | undefined
  const own = new Set((row?.products ?? []).map((p) => p.id))
  return (row?.export_inquiries ?? [])
    .map((inquiry) => ({
      ...inquiry,
      items: inquiry.items
        // lines about its own products, and lines staff gave to this MSME
        .filter((item) => (item.product && own.has(item.product.id)) || item.assigned_msme_id === msme.id)
        .map(({ product, offers, assigned_msme_id, ...item }) => ({
          ...item,
          product_id: product?.id ?? null,
          assigned: assigned_msme_id === msme.id,
          // only this MSME's own offers: another maker given the same line never sees them
          offers: (offers ?? [])
            .filter((offer) => offer.msme_id === msme.id)
            .map(({ id, unit_price, currency, capacity_per_month, lead_time_days, entered_by_type }) => ({
              id,
              unit_price,
              currency,
              capacity_per_month,
              lead_time_days,
              entered_by_type,
            })),
        })),
    }))
    .filter((inquiry) => inquiry.items.length > 0)
    .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)))
}
