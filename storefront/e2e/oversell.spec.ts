import { expect, test } from "@playwright/test"
import { guestCheckout } from "./journey"

/**
 * The last pieces in stock: 50 guests check out one variant with 10 in stock at the same moment,
 * through Medusa's Store API. Exactly 10 orders are placed, the others are refused, and stock never
 * goes below zero. Run by both suites of ./gallery test: the embedded gallery (one process) and
 * production mode (a server and a worker, locks and events in Redis).
 */
const MEDUSA_URL = process.env.MEDUSA_URL ?? "http://localhost:9000"
const PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY ?? ""
const STAFF = { email: process.env.STAFF_EMAIL ?? "", password: process.env.STAFF_PASSWORD ?? "" }
const BUYERS = 50
const STOCK = 10

const store = { "x-publishable-api-key": PUBLISHABLE_KEY }

type Level = { id: string; location_id: string; stocked_quantity: number; reserved_quantity: number }

async function json<T>(response: Promise<import("@playwright/test").APIResponse>): Promise<T> {
  const r = await response
  if (!r.ok()) throw new Error(`${r.url()}: ${r.status()} ${await r.text()}`)
  return (await r.json()) as T
}

test("50 guests buy the last 10 pieces at once: exactly 10 orders, stock never below zero", async ({ request }) => {
  test.setTimeout(240_000)
  const token = (await json<{ token: string }>(request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: STAFF })))
    .token
  const admin = { authorization: `Bearer ${token}` }
  const adminGet = <T>(path: string) => json<T>(request.get(`${MEDUSA_URL}${path}`, { headers: admin }))

  const { regions } = await json<{ regions: { id: string; currency_code: string }[] }>(
    request.get(`${MEDUSA_URL}/store/regions`, { headers: store }),
  )
  const region = regions.find((r) => r.currency_code === "idr")!
  // the newest product's first variant whose stock Medusa manages (its stock is put back at the end)
  const { products } = await json<{
    products: { id: string; variants: { id: string; manage_inventory: boolean }[] }[]
  }>(
    request.get(`${MEDUSA_URL}/store/products?limit=50&order=-created_at&fields=id,*variants&region_id=${region.id}`, {
      headers: store,
    }),
  )
  const variant = products.flatMap((p) => p.variants).find((v) => v.manage_inventory)!
  expect(variant, "a published variant whose stock Medusa manages").toBeTruthy()
  const { variant: withItems } = await adminGet<{ variant: { inventory_items: { inventory_item_id: string }[] } }>(
    `/admin/products/${products.find((p) => p.variants.some((v) => v.id === variant.id))!.id}/variants/${variant.id}?fields=*inventory_items`,
  )
  const itemId = withItems.inventory_items[0]!.inventory_item_id
  const levels = async () =>
    (await adminGet<{ inventory_levels: Level[] }>(`/admin/inventory-items/${itemId}/location-levels`)).inventory_levels
  const [level] = await levels()
  const before = level!
  // exactly STOCK pieces free to sell: the stock on the shelf is what is already reserved plus STOCK
  await json(
    request.post(`${MEDUSA_URL}/admin/inventory-items/${itemId}/location-levels/${before.location_id}`, {
      headers: admin,
      data: { stocked_quantity: before.reserved_quantity + STOCK },
    }),
  )

  try {
    const results = await Promise.all(
      Array.from({ length: BUYERS }, (_, n) =>
        guestCheckout(
          { url: MEDUSA_URL, publishableKey: PUBLISHABLE_KEY },
          { regionId: region.id, variantId: variant.id, email: `pembeli-${n}@stok.test` },
        ),
      ),
    )
    const orders = results.flatMap((r) => ("order" in r ? [r.order] : []))
    const refusals = results.flatMap((r) => ("refused" in r ? [r.refused] : []))
    expect(new Set(orders).size, `refusals: ${refusals.slice(0, 3).join(" | ")}`).toBe(STOCK)
    expect(orders).toHaveLength(STOCK)
    expect(refusals).toHaveLength(BUYERS - STOCK)

    // every order is stored, with its one piece; the shelf is empty and not below it
    for (const id of orders) {
      const { order } = await adminGet<{ order: { items: { variant_id: string; quantity: number }[] } }>(
        `/admin/orders/${id}?fields=id,*items`,
      )
      expect(order.items.map((i) => [i.variant_id, i.quantity])).toEqual([[variant.id, 1]])
    }
    const [after] = await levels()
    expect(after!.reserved_quantity - before.reserved_quantity).toBe(STOCK)
    expect(after!.stocked_quantity - after!.reserved_quantity).toBe(0)
  } finally {
    // the pieces back on the shelf for the specs after this one
    const [now] = await levels()
    await request.post(`${MEDUSA_URL}/admin/inventory-items/${itemId}/location-levels/${before.location_id}`, {
      headers: admin,
      data: { stocked_quantity: now!.reserved_quantity + (before.stocked_quantity - before.reserved_quantity) },
    })
  }
})
