import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { growCatalog } from "../lib/bulk-catalog"

/**
 * Benchmark data: grows the catalog to BENCH_TARGET published, approved products generated from
 * the demo catalog (same schema: bilingual text, category, MSME, four prices, curation, export
 * profile), then rebuilds the search index and reports how long that took (BENCH_OUTPUT, JSON).
 * Bulk module calls rather than one workflow per product: this is load generation, not a shop flow.
 */
export default async function benchCatalog({ container }: ExecArgs) {
  const target = Number(process.env.BENCH_TARGET ?? 10_000)
  const productService = container.resolve(Modules.PRODUCT)
  const [, existing] = await productService.listAndCountProducts({}, { take: 1 })
  const started = Date.now()
  const made =
    existing +
    (await growCatalog(container, {
      add: Math.max(0, target - existing),
      batch: Number(process.env.BENCH_BATCH ?? 1000),
      onBatch: (n) => {
        const rate = (n / ((Date.now() - started) / 1000)).toFixed(0)
        process.stdout.write(`bench: ${existing + n}/${target} products (${rate}/s)\n`)
      },
    }))
  const loadSeconds = (Date.now() - started) / 1000

  const search = container.resolve(Modules.SEARCH) as { reindex: (input: { index: string }) => Promise<unknown> }
  process.stdout.write(`bench: rebuilding the product search index for ${made} products ...\n`)
  const t0 = Date.now()
  await search.reindex({ index: "product" })
  const reindexSeconds = (Date.now() - t0) / 1000
  process.stdout.write(`bench: reindex of ${made} products took ${reindexSeconds.toFixed(1)} s\n`)
  if (process.env.BENCH_OUTPUT)
    writeFileSync(
      process.env.BENCH_OUTPUT,
      JSON.stringify({
        products: made,
        added: made - existing,
        load_seconds: loadSeconds,
        reindex_seconds: reindexSeconds,
      }),
    )
}
