import { normalize, type Vocabulary } from "./vocabulary"

/**
 * What the catalog search index holds for a product, in one typed place: the field definitions
 * (Medusa Search Module format), the document type, and the mapping from a product record to a
 * document. commerce/src/search/product.ts registers it with Medusa; the Meilisearch settings
 * are derived from the same definitions.
 */
export const PRODUCT_INDEX = "product"

export const PRODUCT_FIELDS = {
  id: { type: "keyword", filterable: true },
  handle: { type: "keyword", filterable: true },
  title_id: { type: "text", searchable: { weight: 8 }, sortable: true },
  title_en: { type: "text", searchable: { weight: 8 } },
  category_name_id: { type: "text", searchable: { weight: 4 } },
  category_name_en: { type: "text", searchable: { weight: 4 } },
  msme_name: { type: "text", searchable: { weight: 3 } },
  keywords: { type: "text", searchable: { weight: 2 } },
  description_id: { type: "text", searchable: { weight: 1 } },
  description_en: { type: "text", searchable: { weight: 1 } },
  category: { type: "keyword", filterable: true, facetable: true },
  sector: { type: "keyword", filterable: true, facetable: true },
  msme: { type: "keyword", filterable: true, facetable: true },
  kecamatan: { type: "keyword", searchable: { weight: 2 }, filterable: true, facetable: true },
  permits: { type: "keyword", array: true, filterable: true, facetable: true },
  export_ready: { type: "boolean", filterable: true, facetable: true },
  moq: { type: "integer", filterable: true },
  price_idr: { type: "float", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
  price_usd: { type: "float", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
  price_sgd: { type: "float", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
  price_myr: { type: "float", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
  in_stock: { type: "boolean", filterable: true, facetable: true },
  status: { type: "keyword", filterable: true },
  sales_channel_ids: { type: "keyword", array: true, filterable: true },
  thumbnail: { type: "keyword" },
  created_at: { type: "date", filterable: true, sortable: true },
} as const

export type ProductDocument = {
  id: string
  handle: string
  title_id: string
  title_en: string
  category_name_id: string
  category_name_en: string
  msme_name: string
  keywords: string
  description_id: string
  description_en: string
  category: string
  sector: "craft" | "culinary"
  msme: string
  kecamatan: string
  permits: string[]
  export_ready: boolean
  moq?: number
  price_idr?: number
  price_usd?: number
  price_sgd?: number
  price_myr?: number
  in_stock: boolean
  status: string
  sales_channel_ids: string[]
  thumbnail?: string
  created_at: string
}

/** A product as read through Medusa's Query with the gallery's links, the input of the mapping. */
export type ProductRecord = {
  id: string
  handle: string
  title: string
  description: string | null
  status: string
  thumbnail: string | null
  created_at: string | Date
  categories?: { id?: string; handle: string; name: string; metadata?: Record<string, unknown> | null }[] | null
  sales_channels?: { id: string }[] | null
  variants?:
    | {
        manage_inventory?: boolean | null
        prices?: { amount: number | string; currency_code: string }[] | null
        inventory_items?:
          | { inventory?: { location_levels?: { available_quantity?: number | null }[] | null } | null }[]
          | null
      }[]
    | null
  translations?: { locale_code: string; translations: Record<string, unknown> | null }[] | null
  category_translations?: Record<string, { name?: string }> | null
  msme?: {
    handle: string
    name: string
    kecamatan: string
    sector: string
    status: string
    permits?: { type: string; status: string; expires_at?: string | Date | null }[] | null
  } | null
  product_curation?: { status: string } | null
  msme_product_profile?: { export_ready?: boolean | null; moq?: number | null } | null
}

/** The vocabulary equivalents of terms that occur in the product's text, so either language finds it. */
export function expansionKeywords(text: string, vocabulary: Vocabulary): string {
  const haystack = ` ${normalize(text)} `
  const extra = new Set<string>()
  for (const group of vocabulary.synonyms) {
    if (group.some((t) => haystack.includes(` ${t} `)))
      for (const t of group) if (!haystack.includes(` ${t} `)) extra.add(t)
  }
  return [...extra].join(" ")
}

function lowestPrice(p: ProductRecord, currency: string): number | undefined {
  const prices = (p.variants ?? []).flatMap((v) =>
    (v.prices ?? []).filter((x) => x.currency_code === currency).map((x) => Number(x.amount)),
  )
  return prices.length ? Math.min(...prices) : undefined
}

export function toProductDocument(p: ProductRecord, vocabulary: Vocabulary, now = new Date()): ProductDocument {
  const en = p.translations?.find((t) => t.locale_code === "en-US")?.translations ?? {}
  const category = p.categories?.[0]
  const title_en = typeof en.title === "string" ? en.title : p.title
  const description_en = typeof en.description === "string" ? en.description : (p.description ?? "")
  const category_name_en = (category && p.category_translations?.[category.handle]?.name) ?? category?.name ?? ""
  const inStock = (p.variants ?? []).some(
    (v) =>
      !v.manage_inventory ||
      (v.inventory_items ?? []).some((i) =>
        (i.inventory?.location_levels ?? []).some((l) => (l.available_quantity ?? 0) > 0),
      ),
  )
  const permits = (p.msme?.permits ?? [])
    .filter((x) => x.status === "verified" && (!x.expires_at || new Date(x.expires_at) > now))
    .map((x) => x.type)
  const text = [p.title, title_en, p.description ?? "", description_en, category?.name ?? "", category_name_en].join(
    " ",
  )
  const doc: ProductDocument = {
    id: p.id,
    handle: p.handle,
    title_id: p.title,
    title_en,
    category_name_id: category?.name ?? "",
    category_name_en,
    msme_name: p.msme?.name ?? "",
    keywords: expansionKeywords(text, vocabulary),
    description_id: p.description ?? "",
    description_en,
    category: category?.handle ?? "",
    sector:
      ((category?.metadata as { sector?: string } | null)?.sector ?? p.msme?.sector) === "culinary"
        ? "culinary"
        : "craft",
    msme: p.msme?.handle ?? "",
    kecamatan: p.msme?.kecamatan ?? "",
    permits: [...new Set(permits)].sort(),
    export_ready: Boolean(p.msme_product_profile?.export_ready),
    in_stock: inStock,
    status: p.status,
    sales_channel_ids: (p.sales_channels ?? []).map((s) => s.id),
    created_at: new Date(p.created_at).toISOString(),
  }
  if (p.msme_product_profile?.moq != null) doc.moq = p.msme_product_profile.moq
  if (p.thumbnail) doc.thumbnail = p.thumbnail
  for (const currency of ["idr", "usd", "sgd", "myr"] as const) {
    const price = lowestPrice(p, currency)
    if (price !== undefined) doc[`price_${currency}`] = price
  }
  return doc
}
