import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { loadsDemoCatalog, runtimeConfig } from "../lib/runtime-config"
import { seedGallery } from "../lib/seed"

/**
 * `medusa exec ./src/scripts/seed.ts`: sets up the store and, in embedded mode (or in production with
 * GALERI_DEMO_CATALOG=1), loads the demo catalog. Safe to run again. Writes the storefront's publishable key to GALERI_SEED_OUTPUT when set.
 */
export default async function seed({ container }: ExecArgs) {
  const started = Date.now()
  let last = ""
  const config = runtimeConfig()
  const demo = loadsDemoCatalog(config)
  if (!demo)
    process.stdout.write(
      `seed: ${config.mode} mode, store setup only: no demo MSMEs or products (GALERI_DEMO_CATALOG=1 loads them)\n`,
    )
  const { setup, catalog } = await seedGallery(
    container,
    (step, done, total) => {
      const line = `seed: ${step} ${done}/${total}`
      if (line !== last) process.stdout.write(`${line}\n`)
      last = line
    },
    { demo },
  )
  process.stdout.write(
    `seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${catalog.msmes} MSMEs, ${catalog.products} products (${catalog.created_products} new), ${catalog.categories} categories\n`,
  )
  if (process.env.GALERI_SEED_OUTPUT) {
    writeFileSync(
      process.env.GALERI_SEED_OUTPUT,
      JSON.stringify({ publishable_key: setup.publishable_key, region_ids: setup.region_ids }, null, 2),
    )
  }
}
