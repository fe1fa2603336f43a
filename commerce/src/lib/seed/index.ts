import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { type CatalogSeedResult, type Progress, seedCatalog } from "./catalog"
import { loadDemoCatalog } from "./demo-catalog"
import { type StoreSetup, setupStore } from "./store-setup"

export type SeedResult = { setup: StoreSetup; catalog: CatalogSeedResult }

/**
 * Store setup (regions, channel, tax, shipping, locales, search indexes, categories, featured
 * collections) and, with `demo`, the demo catalog's MSMEs and products. Idempotent: a second run
 * finds everything and creates nothing.
 */
export async function seedGallery(
  container: MedusaContainer,
  progress?: Progress,
  opts: { demo: boolean } = { demo: true },
): Promise<SeedResult> {
  const catalog = loadDemoCatalog()
  const paymentProviders = ["pp_system_default", ...(process.env.STRIPE_API_KEY ? ["pp_stripe_stripe"] : [])]
  await activateSearchIndexes(container)
  const setup = await setupStore(container, paymentProviders)
  const result = await seedCatalog(container, catalog, setup, progress, opts)
  return { setup, catalog: result }
}

/**
 * A new database has its search indexes migrated but not yet built (Medusa builds them when the
 * server starts). Building the empty ones first lets every product and MSME the seed creates reach
 * search through the usual events, instead of failing each event with "no active version".
 */
async function activateSearchIndexes(container: MedusaContainer) {
  const search = container.resolve(Modules.SEARCH) as unknown as {
    listIndexes(): Promise<{ name: string; status: string }[]>
    reindex(input: { index: string[] }): Promise<unknown>
  }
  const pending = (await search.listIndexes()).filter((index) => index.status !== "ready").map((i) => i.name)
  if (pending.length) await search.reindex({ index: pending })
}
