import { loadCatalog } from "@galeri/content"
import type { MedusaContainer } from "@medusajs/framework/types"
import { type CatalogSeedResult, type Progress, seedCatalog } from "./catalog"
import { type StoreSetup, setupStore } from "./store-setup"

export type SeedResult = { setup: StoreSetup; catalog: CatalogSeedResult }

/** Store setup and demo catalog, idempotent: a second run finds everything and creates nothing. */
export async function seedGallery(container: MedusaContainer, progress?: Progress): Promise<SeedResult> {
  const catalog = loadCatalog()
  const paymentProviders = ["pp_system_default", ...(process.env.STRIPE_API_KEY ? ["pp_stripe_stripe"] : [])]
  const setup = await setupStore(container, paymentProviders)
  const result = await seedCatalog(container, catalog, setup, progress)
  return { setup, catalog: result }
}
