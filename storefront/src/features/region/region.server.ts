import type { AstroCookies } from "astro"
import { DEFAULT_REGION, type Locale } from "../../i18n/ui"
import { guard, sdk } from "../../lib/medusa.server"

export type Region = { id: string; name: string; currency_code: string }
export const REGION_COOKIE = "gc_region"

let cache: { at: number; regions: Region[] } | null = null

/** The regions, kept five minutes (they change with a deployment's setup, not with the catalog). */
export async function listRegions(): Promise<Region[]> {
  if (!cache || Date.now() - cache.at > 300_000) {
    const { regions } = await guard(() => sdk.store.region.list({ limit: 20, fields: "id,name,currency_code" }))
    const order = ["Indonesia", "Singapore", "Malaysia", "International"]
    cache = {
      at: Date.now(),
      regions: regions
        .map((r) => ({ id: r.id, name: r.name, currency_code: r.currency_code }))
        .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name)),
    }
  }
  return cache.regions
}

/** The buyer's region: the one they picked (cookie), else the default for the page's language. */
export async function currentRegion(cookies: AstroCookies, locale: Locale): Promise<Region> {
  const regions = await listRegions()
  const picked = cookies.get(REGION_COOKIE)?.value
  return (
    regions.find((r) => r.id === picked) ??
    regions.find((r) => r.name === DEFAULT_REGION[locale]) ??
    (regions[0] as Region)
  )
}
