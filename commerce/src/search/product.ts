import { loadVocabulary, PRODUCT_FIELDS, PRODUCT_INDEX, type ProductRecord, toProductDocument } from "@galeri/search"
import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex } from "@medusajs/framework/utils"
import { isSearchable } from "../modules/curation/visibility"

type SearchFieldDefinition = SearchTypes.SearchFieldDefinition

/**
 * The catalog's product index for Medusa's Search Module (PostgreSQL provider by default).
 * Fields, documents and vocabulary come from the search/ package; this file only reads
 * products through Query and tells the module what to upsert or delete. Only approved products
 * of active MSMEs are ever indexed; anything else is deleted from the index.
 */
const vocabulary = loadVocabulary()
const BATCH = 1000

const FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "sales_channels.id",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.available_quantity",
  "translations.locale_code",
  "translations.translations",
  "msme.handle",
  "msme.name",
  "msme.kecamatan",
  "msme.sector",
  "msme.status",
  "msme.permits.type",
  "msme.permits.status",
  "msme.permits.expires_at",
  "product_curation.status",
  "msme_product_profile.export_ready",
  "msme_product_profile.moq",
]

type Container = { query: { graph: (args: Record<string, unknown>) => Promise<{ data: unknown[] }> } }

async function categoryNamesEn(container: Container, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const { data } = await container.query.graph({
    entity: "translation",
    fields: ["reference_id", "locale_code", "translations"],
    filters: { reference_id: ids, locale_code: "en-US" },
  })
  return new Map(
    (data as { reference_id: string; translations: { name?: string } | null }[]).map((t) => [
      t.reference_id,
      t.translations?.name ?? "",
    ]),
  )
}

const CATEGORY_FIELDS = ["categories.handle", "categories.name", "categories.metadata", "categories.id"]
/** Products per category read: the ORM's serializer walks every product a category holds once per product read with it, so its cost grows with the square of the page. */
const CATEGORY_CHUNK = 250

/** The categories of these products, read apart from the rest of the page in chunks of CATEGORY_CHUNK (1,000 at once took 2.4 times as long). */
async function categoriesOf(container: Container, ids: string[]) {
  const chunks = Array.from({ length: Math.ceil(ids.length / CATEGORY_CHUNK) }, (_, i) =>
    ids.slice(i * CATEGORY_CHUNK, (i + 1) * CATEGORY_CHUNK),
  )
  const found = await Promise.all(
    chunks.map((chunk) =>
      container.query.graph({ entity: "product", fields: ["id", ...CATEGORY_FIELDS], filters: { id: chunk } }),
    ),
  )
  return new Map(
    found.flatMap(({ data }) => data as Pick<ProductRecord, "id" | "categories">[]).map((r) => [r.id, r.categories]),
  )
}

async function documentsFor(
  container: Container,
  filters: Record<string, unknown>,
  pagination?: Record<string, unknown>,
) {
  const { data } = await container.query.graph({
    entity: "product",
    fields: FIELDS,
    filters,
    ...(pagination ? { pagination } : {}),
  })
  const categories = await categoriesOf(
    container,
    data.map((r) => (r as { id: string }).id),
  )
  const rows = (data as ProductRecord[]).map((r) => ({ ...r, categories: categories.get(r.id) ?? [] }))
  const categoryIds = [...new Set(rows.flatMap((r) => (r.categories ?? []).map((c) => c.id ?? "")))].filter(Boolean)
  const en = await categoryNamesEn(container, categoryIds)
  const records = rows.map((r) => ({
    ...r,
    category_translations: Object.fromEntries(
      (r.categories ?? []).map((c) => [c.handle, { name: en.get(c.id ?? "") || c.name }]),
    ),
  }))
  return {
    rows,
    upsert: records.filter(isSearchable).map((r) => toProductDocument(r, vocabulary)),
    remove: records.filter((r) => !isSearchable(r)).map((r) => r.id),
  }
}

function idsOf(data: unknown): { products: string[]; msmes: string[] } {
  const entries = (Array.isArray(data) ? data : [data]) as { id?: string; product_id?: string }[]
  return {
    products: entries.map((e) => e?.product_id ?? e?.id).filter((id): id is string => Boolean(id)),
    msmes: [],
  }
}

export default defineSearchIndex({
  name: PRODUCT_INDEX,
  entity: "product",
  // The definitions live in search/ (engine-neutral); Medusa takes them through this schema adapter.
  fields: { toFields: () => structuredClone(PRODUCT_FIELDS) as unknown as Record<string, SearchFieldDefinition> },
  settings: { typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 } },
  events: [
    "product.created",
    "product.updated",
    "product.deleted",
    "curation.status_changed",
    "msme.updated",
    "inventory-level.updated",
  ],
  async consume(event, { container }) {
    const c = container as unknown as Container
    let ids = idsOf(event.data).products
    if (event.name === "msme.updated") {
      const { data } = await c.query.graph({ entity: "msme", fields: ["products.id"], filters: { id: ids } })
      ids = (data as { products?: { id: string }[] }[]).flatMap((m) => (m.products ?? []).map((p) => p.id))
    }
    if (!ids.length) return []
    if (event.name === "product.deleted") return [{ action: "delete", filters: { id: ids } }]
    const { rows, upsert, remove } = await documentsFor(c, { id: ids })
    const gone = ids.filter((id) => !rows.some((r) => r.id === id))
    const mutations: SearchTypes.SearchMutation[] = []
    if (upsert.length) mutations.push({ action: "upsert", documents: upsert })
    if (remove.length || gone.length) mutations.push({ action: "delete", filters: { id: [...remove, ...gone] } })
    return mutations
  },
  // Keyset pages of 1,000 (no offset to walk past), the next page read while this one is written;
  // a resumed seed starts after the last key written, the catch-up after a reindex reads only the
  // products saved since it began (the rest was just written)
  async *seed({ container, last_key, catchup }) {
    const c = container as unknown as Container
    const since = (catchup as { since?: Date } | undefined)?.since
    const page = (after: string | null) =>
      documentsFor(
        c,
        {
          status: "published",
          ...(after ? { id: { $gt: after } } : {}),
          ...(since ? { updated_at: { $gte: since } } : {}),
        },
        { take: BATCH, order: { id: "ASC" } },
      )
    let next: ReturnType<typeof page> | null = page(typeof last_key === "string" ? last_key : null)
    while (next) {
      const { rows, upsert }: Awaited<ReturnType<typeof page>> = await next
      next = rows.length === BATCH ? page(rows[rows.length - 1]!.id) : null
      if (upsert.length) yield [{ action: "upsert" as const, documents: upsert }]
    }
  },
})
