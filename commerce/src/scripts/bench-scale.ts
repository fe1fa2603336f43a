import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { growCatalog, growMsmes } from "../lib/bulk-catalog"
import { MSME_MODULE } from "../modules/msme"

/**
 * `./gallery bench scale` (the loading part): grows a seeded, throwaway database to BENCH_MSMES
 * active MSMEs and BENCH_PRODUCTS published, approved products spread over them, through the module
 * services in batches (lib/bulk-catalog.ts), then rebuilds the search index. Shows progress; writes
 * the times to BENCH_OUTPUT (JSON).
 */
export default async function benchScale({ container }: ExecArgs) {
  const target = Number(process.env.BENCH_PRODUCTS ?? 100_000)
  const msmeTarget = Number(process.env.BENCH_MSMES ?? 20_000)
  const say = (text: string) => process.stdout.write(`bench: ${text}\n`)
  const msmeService = container.resolve(MSME_MODULE) as {
    listAndCountMsmes: (f: object, c: object) => Promise<[unknown[], number]>
  }
  const [, haveMsmes] = await msmeService.listAndCountMsmes({}, { take: 1 })
  const [, haveProducts] = await container.resolve(Modules.PRODUCT).listAndCountProducts({}, { take: 1 })
  const started = performance.now()
  const addMsmes = Math.max(0, msmeTarget - haveMsmes)
  const msmes = await growMsmes(container, addMsmes, {
    onBatch: (n) => say(`${(haveMsmes + n).toLocaleString("en")}/${msmeTarget.toLocaleString("en")} MSMEs`),
  })
  const addProducts = Math.max(0, target - haveProducts)
  const productsStarted = performance.now()
  await growCatalog(container, {
    add: addProducts,
    msmes,
    batch: Number(process.env.BENCH_BATCH ?? 1000),
    parallel: Number(process.env.BENCH_PARALLEL ?? 2),
    onBatch: (n) => {
      const rate = n / ((performance.now() - productsStarted) / 1000)
      const left = (addProducts - n) / Math.max(1, rate)
      say(
        `${(haveProducts + n).toLocaleString("en")}/${target.toLocaleString("en")} products (${rate.toFixed(0)}/s, about ${left.toFixed(0)} s left)`,
      )
    },
  })
  const loadSeconds = (performance.now() - started) / 1000
  const productSeconds = (performance.now() - productsStarted) / 1000
  say(`loaded in ${loadSeconds.toFixed(0)} s; rebuilding the product search index ...`)
  const search = container.resolve(Modules.SEARCH) as { reindex: (input: { index: string }) => Promise<unknown> }
  const t0 = performance.now()
  await search.reindex({ index: "product" })
  const reindexSeconds = (performance.now() - t0) / 1000
  say(`reindex of ${target.toLocaleString("en")} products took ${reindexSeconds.toFixed(1)} s`)
  if (process.env.BENCH_OUTPUT)
    writeFileSync(
      process.env.BENCH_OUTPUT,
      JSON.stringify({
        products: haveProducts + addProducts,
        msmes: haveMsmes + addMsmes,
        load_seconds: loadSeconds,
        products_per_second: addProducts / Math.max(0.001, productSeconds),
        reindex_seconds: reindexSeconds,
      }),
    )
}
