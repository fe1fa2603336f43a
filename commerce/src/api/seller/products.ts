import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LOCALES } from "../../lib/locales"
import type { GalleryProductProfile } from "../../types/product/workflow"
import { storedSellerBody } from "../../types/seller/http"
import type { SellerProductRequest, SellerProductView } from "../../types/seller/responses"

type ProductRow = {
  id: string
  handle: string
  title: string
  description: string | null
  material: string | null
  weight: number | null
  status: string
  thumbnail: string | null
  categories?: { handle: string }[]
  images?: { url: string; rank: number; metadata: Record<string, unknown> | null }[]
  variants?: {
    id: string
    title: string
    sku: string | null
    prices?: { currency_code: string; amount: number }[]
    inventory_items?: { inventory?: { location_levels?: { stocked_quantity: number }[] } }[]
  }[]
  msme_product_profile?: GalleryProductProfile | null
  product_curation?: Record<string, unknown> | null
}

/**
 * A seller's product as the product form edits it (the same shape as the body it accepts, in both
 * languages), with its live status, its curation (status, reviewer's notes, history) and any revision
 * of an approved product waiting for review.
 */
export async function sellerProductView(container: MedusaContainer, productId: string): Promise<SellerProductView> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "title",
      "description",
      "material",
      "weight",
      "status",
      "thumbnail",
      "categories.handle",
      "images.url",
      "images.rank",
      "images.metadata",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.prices.currency_code",
      "variants.prices.amount",
      "variants.inventory_items.inventory.location_levels.stocked_quantity",
      "msme_product_profile.*",
      "product_curation.*",
    ],
    filters: { id: productId },
  })
  const p = data[0] as unknown as ProductRow
  const english = await container
    .resolve(Modules.TRANSLATION)
    .listTranslations({ reference_id: [p.id, ...(p.variants ?? []).map((v) => v.id)], locale_code: LOCALES.en })
  const en = new Map(english.map((t) => [t.reference_id, t.translations as Record<string, string>]))
  const profile = p.msme_product_profile
  const curation = p.product_curation ?? {}
  const images = [...(p.images ?? [])].sort((a, b) => a.rank - b.rank)
  return {
    id: p.id,
    handle: p.handle,
    status: p.status,
    thumbnail: p.thumbnail,
    images: images.map((i) => ({ url: i.url, upload_id: (i.metadata?.upload_id as string | undefined) ?? null })),
    product: {
      title: { id: p.title, en: en.get(p.id)?.title ?? "" },
      description: { id: p.description ?? "", en: en.get(p.id)?.description ?? "" },
      category: p.categories?.[0]?.handle ?? "",
      material: { id: p.material ?? "", en: en.get(p.id)?.material ?? "" },
      weight_g: p.weight ?? 0,
      variants: (p.variants ?? []).map((v) => ({
        title: { id: v.title, en: en.get(v.id)?.title ?? "" },
        sku: v.sku ?? undefined,
        prices: pricesOf(v.prices ?? []),
        stock: (v.inventory_items ?? []).reduce(
          (sum, item) =>
            sum + (item.inventory?.location_levels ?? []).reduce((s, level) => s + Number(level.stocked_quantity), 0),
          0,
        ),
      })),
      export: exportOf(profile),
      image_ids: images.map((i) => i.metadata?.upload_id).filter((id): id is string => typeof id === "string"),
    },
    curation: {
      status: (curation.status as string | undefined) ?? "draft",
      notes: (curation.notes as string | null | undefined) ?? null,
      submitted_at: curation.submitted_at ?? null,
      decided_at: curation.decided_at ?? null,
      history: ((curation.history as { entries?: unknown[] } | undefined)?.entries ?? []).map((entry) => {
        // who decided stays with the gallery: sellers see what and when
        const { by: _by, ...rest } = entry as Record<string, unknown>
        return rest
      }),
      revision: revisionView(curation),
    },
  }
}

/** A revision of a live product waiting for (or back from) curation: what the seller proposed and where it stands. */
export function revisionView(curation: Record<string, unknown>): SellerProductView["curation"]["revision"] {
  return curation.revision_status
    ? {
        status: String(curation.revision_status),
        notes: (curation.revision_notes as string | null | undefined) ?? null,
        submitted_at: (curation.revision_submitted_at as string | null | undefined) ?? null,
        product: (curation.revision as { body?: SellerProductRequest } | null)?.body
          ? (storedSellerBody((curation.revision as { body: SellerProductRequest }).body) as SellerProductRequest)
          : null,
      }
    : null
}

type ExportRequest = NonNullable<SellerProductRequest["export"]>

/** The export part of the form from the stored profile: only when the product is export-ready with its data. */
function exportOf(profile: GalleryProductProfile | null | undefined): ExportRequest | null {
  if (!profile?.export_ready || !profile.hs_code || profile.moq === null || profile.lead_time_days === null) return null
  if (profile.capacity_per_month === null || !profile.moq_unit) return null
  const { packed_length_cm: l, packed_width_cm: w, packed_height_cm: h, packed_weight_kg: kg } = profile
  return {
    hs_code: profile.hs_code,
    moq: profile.moq,
    moq_unit: profile.moq_unit as ExportRequest["moq_unit"],
    lead_time_days: profile.lead_time_days,
    capacity_per_month: profile.capacity_per_month,
    ...(l !== null && w !== null && h !== null && kg !== null
      ? { packed: { length_cm: l, width_cm: w, height_cm: h, weight_kg: kg } }
      : {}),
    ...(profile.shelf_life_months ? { shelf_life_months: profile.shelf_life_months } : {}),
  }
}

/** A variant's prices as the form sends them: rupiah always, the export currencies when set. */
function pricesOf(
  prices: { currency_code: string; amount: number }[],
): SellerProductRequest["variants"][number]["prices"] {
  const of = (code: string) => prices.find((p) => p.currency_code === code)?.amount
  const [idr, usd, sgd, myr] = ["idr", "usd", "sgd", "myr"].map((code) => {
    const amount = of(code)
    return amount === undefined ? undefined : Number(amount)
  })
  return {
    idr: idr ?? 0,
    ...(usd !== undefined ? { usd } : {}),
    ...(sgd !== undefined ? { sgd } : {}),
    ...(myr !== undefined ? { myr } : {}),
  }
}
