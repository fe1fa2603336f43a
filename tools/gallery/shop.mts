/**
 * The Store and Admin API of a running gallery as the tools' tests and benchmarks use it: the demo
 * staff login, the first category and product, and a variant stocked for every buyer of a run.
 */
import { DEMO_STAFF } from "./common.mts"
import type { Gallery } from "./launch.mts"

export const storeHeaders = (g: Gallery) => ({ "x-publishable-api-key": g.publishableKey })

/** A GET's JSON body; anything but 2xx throws with the status and Medusa's words. */
export async function getJson(g: Gallery, path: string, headers: Record<string, string>) {
  const res = await fetch(`${g.backendUrl}${path}`, { headers })
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return res.json()
}

/** The demo staff login's bearer header. */
export async function staffHeaders(g: Gallery): Promise<Record<string, string>> {
  const res = await fetch(`${g.backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(DEMO_STAFF),
  })
  if (!res.ok) throw new Error(`the demo staff login was refused: ${res.status}`)
  const { token } = (await res.json()) as { token: string }
  return { authorization: `Bearer ${token}` }
}

/** The handles of the first category and the first product buyers see. */
export async function firstHandles(g: Gallery): Promise<{ category: string; product: string }> {
  const first = async (path: string, key: string) =>
    ((await getJson(g, path, storeHeaders(g))) as Record<string, { handle: string }[]>)[key]![0]!.handle
  return {
    category: await first("/store/product-categories?limit=1&fields=handle", "product_categories"),
    product: await first("/store/products?limit=1&fields=handle", "products"),
  }
}

export type Shop = {
  api: { url: string; publishableKey: string }
  regionId: string
  variantId: string
  /** the product of that variant, for export inquiries */
  productId: string
}

/** The shop the buyers use: the Indonesian region and a variant stocked for every buyer of the run. */
export async function prepareShop(g: Gallery): Promise<Shop> {
  const store = storeHeaders(g)
  const get = (path: string, headers: Record<string, string>) => getJson(g, path, headers)
  const staff = await staffHeaders(g)
  const { regions } = (await get("/store/regions", store)) as { regions: { id: string; currency_code: string }[] }
  const regionId = regions.find((r) => r.currency_code === "idr")!.id
  const { products } = (await get(`/store/products?limit=20&fields=id,*variants&region_id=${regionId}`, store)) as {
    products: { id: string; variants: { id: string; manage_inventory: boolean }[] }[]
  }
  const product = products.find((p) => p.variants.some((v) => v.manage_inventory))!
  const variantId = product.variants.find((v) => v.manage_inventory)!.id
  const { variant } = (await get(
    `/admin/products/${product.id}/variants/${variantId}?fields=*inventory_items`,
    staff,
  )) as {
    variant: { inventory_items: { inventory_item_id: string }[] }
  }
  const item = variant.inventory_items[0]!.inventory_item_id
  const { inventory_levels } = (await get(`/admin/inventory-items/${item}/location-levels`, staff)) as {
    inventory_levels: { location_id: string; reserved_quantity: number }[]
  }
  const level = inventory_levels[0]!
  const res = await fetch(`${g.backendUrl}/admin/inventory-items/${item}/location-levels/${level.location_id}`, {
    method: "POST",
    headers: { ...staff, "content-type": "application/json" },
    body: JSON.stringify({ stocked_quantity: level.reserved_quantity + 10_000 }),
  })
  if (!res.ok) throw new Error(`stocking the variant: ${res.status}`)
  return { api: { url: g.backendUrl, publishableKey: g.publishableKey }, regionId, variantId, productId: product.id }
}
