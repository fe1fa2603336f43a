import { loadCatalog } from "@galeri/content"
import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CURATION_MODULE } from "../modules/curation"
import { MSME_MODULE } from "../modules/msme"
import { KECAMATAN } from "../modules/msme/places"

/** Link definitions per call (five link types: about 100 pairs of each per lookup). */
const LINK_CHUNK = 500

export type GrowOptions = {
  /** how many products to add */
  add: number
  /** products per batch (one call per module per batch) */
  batch?: number
  /** put every product in this category (a handle) instead of its template's */
  category?: string
  /** a prefix that keeps handles and SKUs apart from other runs */
  tag?: string
  /** `submitted`: drafts waiting in the curation queue (sent a second apart) instead of approved, published products */
  curation?: "approved" | "submitted"
  /** spread the products over these MSMEs (round robin) instead of their templates' makers */
  msmes?: { id: string; kecamatan: string }[]
  /** batches in flight at once (the database and Medusa's process share the cores) */
  parallel?: number
  /** told after every batch: how many were made so far */
  onBatch?: (made: number) => void
}

/**
 * Load generation for benchmarks and scale tests: adds published, approved products generated
 * from the demo catalog (same schema: bilingual text, category, MSME, four prices, curation, export
 * profile) through the module services in batches, one call per module per batch. Not a shop flow
 * (no workflow per product, no events): the search index is rebuilt afterwards by the caller.
 */
export async function growCatalog(container: MedusaContainer, options: GrowOptions): Promise<number> {
  const batch = options.batch ?? 1000
  const tag = options.tag ?? "bench"
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const productService = container.resolve(Modules.PRODUCT)
  const pricing = container.resolve(Modules.PRICING)
  const translation = container.resolve(Modules.TRANSLATION)
  const msmeService = container.resolve(MSME_MODULE) as {
    createMsmeProductProfiles: (d: object[]) => Promise<{ id: string }[]>
  }
  const curation = container.resolve(CURATION_MODULE) as {
    createProductCurations: (d: object[]) => Promise<{ id: string }[]>
  }

  const catalog = loadCatalog()
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id"],
    filters: { name: "Galeri Caruban Online" },
  })
  const channelId = (channels[0] as { id: string } | undefined)?.id
  if (!channelId) throw new Error("The gallery's sales channel is missing: seed the gallery first (./gallery start)")
  const { data: msmes } = await query.graph({
    entity: "msme",
    fields: ["id", "handle", "kecamatan"],
    filters: { status: "active" },
  })
  const msmeByHandle = new Map((msmes as { id: string; handle: string; kecamatan: string }[]).map((m) => [m.handle, m]))
  const categories = await productService.listProductCategories({}, { select: ["id", "handle"] })
  const categoryId = new Map(categories.map((c) => [c.handle, c.id]))
  if (options.category && !categoryId.has(options.category))
    throw new Error(`No category ${options.category}: give one of ${[...categoryId.keys()].join(", ")}`)
  const templates = catalog.products.filter((p) => msmeByHandle.has(p.msme))
  if (!templates.length) throw new Error("No MSMEs of the demo catalog are active: seed the gallery first")

  const submitted = options.curation === "submitted"
  const makerOf = (n: number, t: (typeof templates)[number]) =>
    options.msmes?.length ? options.msmes[n % options.msmes.length]! : msmeByHandle.get(t.msme)!
  let made = 0
  let next = 0
  let analyzeAt = Math.max(2 * batch, 2000)
  const start = Date.now()
  const one = async (from: number, size: number) => {
    const items = Array.from({ length: size }, (_, i) => {
      const n = from + i
      const t = templates[n % templates.length]!
      const factor = 0.7 + ((n * 37) % 61) / 100
      return { n, t, factor, key: `${tag}-${start.toString(36)}-${n}`, maker: makerOf(n, t) }
    })
    const created = await productService.createProducts(
      items.map(({ n, t, key }) => ({
        title: `${t.title.id} ${n}`,
        handle: `${key}-${t.handle}`,
        description: t.description.id,
        status: submitted ? ("proposed" as const) : ("published" as const),
        thumbnail: null,
        category_ids: [categoryId.get(options.category ?? t.category)!],
        options: [{ title: "Varian", values: ["Standar"] }],
        variants: [
          { title: "Standar", sku: key.toUpperCase(), manage_inventory: false, options: { Varian: "Standar" } },
        ],
      })),
    )
    const [priceSets, profiles, curations] = await Promise.all([
      pricing.createPriceSets(
        items.map(({ t, factor }) => ({
          prices: (["idr", "usd", "sgd", "myr"] as const).map((c) => ({
            currency_code: c,
            amount:
              c === "idr"
                ? Math.round(t.variants[0]!.prices[c] * factor)
                : Math.round(t.variants[0]!.prices[c] * factor * 100) / 100,
          })),
        })),
      ),
      msmeService.createMsmeProductProfiles(
        items.map(({ t, maker }) => ({
          origin_kecamatan: maker.kecamatan,
          export_ready: Boolean(t.export),
          moq: t.export?.moq ?? null,
        })),
      ),
      curation.createProductCurations(
        items.map(({ n }) =>
          submitted
            ? { status: "submitted", submitted_at: new Date(start + n * 1000) }
            : { status: "approved", decided_by: tag },
        ),
      ),
    ])
    const links = created.flatMap((p, i): LinkDefinition[] => [
      { [Modules.PRODUCT]: { product_id: p.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channelId } },
      { [Modules.PRODUCT]: { variant_id: p.variants[0]!.id }, [Modules.PRICING]: { price_set_id: priceSets[i]!.id } },
      { [MSME_MODULE]: { msme_id: items[i]!.maker.id }, [Modules.PRODUCT]: { product_id: p.id } },
      { [Modules.PRODUCT]: { product_id: p.id }, [MSME_MODULE]: { msme_product_profile_id: profiles[i]!.id } },
      { [Modules.PRODUCT]: { product_id: p.id }, [CURATION_MODULE]: { product_curation_id: curations[i]!.id } },
    ])
    await Promise.all([
      // the link module looks up existing links with one OR term per pair: PostgreSQL takes about a
      // second to plan 1,000 of them and 10 ms for 100, so links go LINK_CHUNK at a time
      (async () => {
        for (let at = 0; at < links.length; at += LINK_CHUNK) await link.create(links.slice(at, at + LINK_CHUNK))
      })(),
      translation.createTranslations(
        created.map((p, i) => ({
          reference: "product",
          reference_id: p.id,
          locale_code: "en-US",
          translations: { title: `${items[i]!.t.title.en} ${items[i]!.n}`, description: items[i]!.t.description.en },
        })),
      ),
    ])
    made += size
    // PostgreSQL plans by its statistics: a table grown from 1,000 to 50,000 rows since they were
    // taken is planned as if small (the product module's option check then scans every pivot row
    // once per pair: 2.8 s for 1,000 pairs at 100,000 products). Autovacuum may be off or behind a
    // bulk load, so the loader refreshes them each time the catalog has doubled.
    if (made >= analyzeAt) {
      analyzeAt *= 2
      await pg.raw("ANALYZE")
    }
    options.onBatch?.(made)
  }
  // batches in flight at once, each taking the next range of numbers
  await Promise.all(
    Array.from({ length: Math.max(1, options.parallel ?? 1) }, async () => {
      while (next < options.add) {
        const from = next
        const size = Math.min(batch, options.add - from)
        next += size
        await one(from, size)
      }
    }),
  )
  return made
}

/**
 * Adds `add` active MSMEs through the MSME module's service in batches (load generation for the
 * scale benchmark): names, kecamatan spread over the regency's, crafts and stories from the demo
 * catalog's makers. Returns every active MSME, the new ones included.
 */
export async function growMsmes(
  container: MedusaContainer,
  add: number,
  options: { batch?: number; tag?: string; onBatch?: (made: number) => void } = {},
): Promise<{ id: string; kecamatan: string }[]> {
  const batch = options.batch ?? 2000
  const tag = options.tag ?? "bench"
  const msmeService = container.resolve(MSME_MODULE) as {
    createMsmes: (d: object[]) => Promise<{ id: string }[]>
    listMsmes: (f: object, c: object) => Promise<{ id: string; kecamatan: string }[]>
  }
  const makers = loadCatalog().msmes
  const start = Date.now().toString(36)
  for (let made = 0; made < add; ) {
    const size = Math.min(batch, add - made)
    await msmeService.createMsmes(
      Array.from({ length: size }, (_, i) => {
        const n = made + i
        const m = makers[n % makers.length]!
        return {
          handle: `${tag}-${start}-${n}-${m.handle}`.slice(0, 120),
          name: `${m.name} ${n}`,
          owner_name: m.owner_name,
          sector: m.sector,
          craft: m.craft,
          kecamatan: KECAMATAN[n % KECAMATAN.length],
          desa: m.desa,
          story_id: m.story.id,
          story_en: m.story.en,
          status: "active",
          source: "import",
        }
      }),
    )
    made += size
    options.onBatch?.(made)
  }
  return msmeService.listMsmes({ status: "active" }, { select: ["id", "kecamatan"], take: null })
}
