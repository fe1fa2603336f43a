import { writeFileSync } from "node:fs"
import { loadCatalog } from "@galeri/content"
import type { ExecArgs, LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CURATION_MODULE } from "../modules/curation"
import { MSME_MODULE } from "../modules/msme"

/**
 * Benchmark data: grows the catalog to BENCH_TARGET published, approved products generated from
 * the demo catalog (same schema: bilingual text, category, MSME, four prices, curation, export
 * profile), then rebuilds the search index and reports how long that took (BENCH_OUTPUT, JSON).
 * Bulk module calls rather than one workflow per product: this is load generation, not a shop flow.
 */
const BATCH = 1000

export default async function benchCatalog({ container }: ExecArgs) {
  const target = Number(process.env.BENCH_TARGET ?? 10_000)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
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
  const channelId = (channels[0] as { id: string }).id
  const { data: msmes } = await query.graph({
    entity: "msme",
    fields: ["id", "handle", "kecamatan"],
    filters: { status: "active" },
  })
  const msmeByHandle = new Map((msmes as { id: string; handle: string; kecamatan: string }[]).map((m) => [m.handle, m]))
  const categories = await productService.listProductCategories({}, { select: ["id", "handle"] })
  const categoryId = new Map(categories.map((c) => [c.handle, c.id]))
  const templates = catalog.products.filter((p) => msmeByHandle.has(p.msme))
  const [, existing] = await productService.listAndCountProducts({}, { take: 1 })
  let made = existing
  const started = Date.now()

  while (made < target) {
    const size = Math.min(BATCH, target - made)
    const items = Array.from({ length: size }, (_, i) => {
      const n = made + i
      const t = templates[n % templates.length]!
      const factor = 0.7 + ((n * 37) % 61) / 100
      return { n, t, factor }
    })
    const created = await productService.createProducts(
      items.map(({ n, t }) => ({
        title: `${t.title.id} ${n}`,
        handle: `bench-${n}-${t.handle}`,
        description: t.description.id,
        status: "published" as const,
        thumbnail: null,
        category_ids: [categoryId.get(t.category)!],
        options: [{ title: "Varian", values: ["Standar"] }],
        variants: [{ title: "Standar", sku: `BENCH-${n}`, manage_inventory: false, options: { Varian: "Standar" } }],
      })),
    )
    const priceSets = await pricing.createPriceSets(
      items.map(({ t, factor }) => ({
        prices: (["idr", "usd", "sgd", "myr"] as const).map((c) => ({
          currency_code: c,
          amount: Math.round(t.variants[0]!.prices[c] * factor * 100) / 100,
        })),
      })),
    )
    const profiles = await msmeService.createMsmeProductProfiles(
      items.map(({ t }) => ({
        origin_kecamatan: msmeByHandle.get(t.msme)!.kecamatan,
        export_ready: Boolean(t.export),
        moq: t.export?.moq ?? null,
      })),
    )
    const curations = await curation.createProductCurations(
      items.map(() => ({ status: "approved", decided_by: "bench" })),
    )
    await link.create(
      created.flatMap((p, i): LinkDefinition[] => [
        { [Modules.PRODUCT]: { product_id: p.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channelId } },
        { [Modules.PRODUCT]: { variant_id: p.variants[0]!.id }, [Modules.PRICING]: { price_set_id: priceSets[i]!.id } },
        { [MSME_MODULE]: { msme_id: msmeByHandle.get(items[i]!.t.msme)!.id }, [Modules.PRODUCT]: { product_id: p.id } },
        { [Modules.PRODUCT]: { product_id: p.id }, [MSME_MODULE]: { msme_product_profile_id: profiles[i]!.id } },
        { [Modules.PRODUCT]: { product_id: p.id }, [CURATION_MODULE]: { product_curation_id: curations[i]!.id } },
      ]),
    )
    await translation.createTranslations(
      created.map((p, i) => ({
        reference: "product",
        reference_id: p.id,
        locale_code: "en-US",
        translations: { title: `${items[i]!.t.title.en} ${items[i]!.n}`, description: items[i]!.t.description.en },
      })),
    )
    made += size
    const rate = ((made - existing) / ((Date.now() - started) / 1000)).toFixed(0)
    process.stdout.write(`bench: ${made}/${target} products (${rate}/s)\n`)
  }

  const search = container.resolve(Modules.SEARCH) as { reindex: (input: { index: string }) => Promise<unknown> }
  process.stdout.write(`bench: rebuilding the product search index for ${made} products ...\n`)
  const t0 = Date.now()
  await search.reindex({ index: "product" })
  const reindexSeconds = (Date.now() - t0) / 1000
  process.stdout.write(`bench: reindex of ${made} products took ${reindexSeconds.toFixed(1)} s\n`)
  if (process.env.BENCH_OUTPUT)
    writeFileSync(process.env.BENCH_OUTPUT, JSON.stringify({ products: made, reindex_seconds: reindexSeconds }))
}
