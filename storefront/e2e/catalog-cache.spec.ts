import { expect, test } from "@playwright/test"

const MEDUSA_URL = process.env.MEDUSA_URL ?? "http://localhost:9000"
const ADMIN = { email: process.env.STAFF_EMAIL ?? "", password: process.env.STAFF_PASSWORD ?? "" }

type Price = { id: string; currency_code: string; amount: number }
type AdminProduct = { id: string; handle: string; variants: { id: string; prices: Price[] }[] }

test("a price change and a curator's decision reach buyers through the storefront's catalog cache", async ({
  page,
  request,
}) => {
  const token = (await (await request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: ADMIN })).json())
    .token as string
  const asAdmin = { authorization: `Bearer ${token}` }
  // a product no other browser test touches, with one variant
  const { products } = (await (
    await request.get(
      `${MEDUSA_URL}/admin/products?limit=100&offset=40&fields=id,handle,status,*variants,*variants.prices`,
      { headers: asAdmin },
    )
  ).json()) as { products: (AdminProduct & { status: string })[] }
  const product = products.filter((p) => p.status === "published").find((p) => p.variants.length === 1)
  expect(product, "a published product with one variant").toBeTruthy()
  if (!product) return
  const variant = product.variants[0]!
  const idr = variant.prices.find((p) => p.currency_code === "idr")!
  const path = `/produk/${product.handle}/`

  // the page read twice: the second comes from the cache (same catalog version)
  await page.goto(path)
  await page.goto(path)
  const price = page.locator(".add-to-cart .price").first()
  const before = await price.textContent()

  // staff change the price in Medusa: the next page shows it, no waiting for a cache to expire
  const changed = idr.amount + 12_345
  const setPrice = (amount: number) =>
    request.post(`${MEDUSA_URL}/admin/products/${product.id}/variants/${variant.id}`, {
      headers: asAdmin,
      data: {
        prices: variant.prices.map((p) => ({
          id: p.id,
          currency_code: p.currency_code,
          amount: p.currency_code === "idr" ? amount : p.amount,
        })),
      },
    })
  expect((await setPrice(changed)).ok()).toBe(true)
  const shown = new Intl.NumberFormat("id-ID").format(changed)
  await expect
    .poll(async () => {
      await page.goto(path)
      return price.textContent()
    })
    .toContain(shown)
  expect(before).not.toContain(shown)

  // a curator takes it out of the gallery: buyers get a 404 page; back in, it is there again
  const move = (to: string) =>
    request.post(`${MEDUSA_URL}/admin/products/${product.id}/curation`, {
      headers: asAdmin,
      data: { to, notes: "e2e: cache check" },
    })
  expect((await move("archived")).ok()).toBe(true)
  await expect.poll(async () => (await request.get(path)).status()).toBe(404)
  expect((await move("submitted")).ok()).toBe(true)
  expect((await move("approved")).ok()).toBe(true)
  await expect.poll(async () => (await request.get(path)).status()).toBe(200)

  expect((await setPrice(idr.amount)).ok()).toBe(true)
  await expect
    .poll(async () => {
      await page.goto(path)
      return price.textContent()
    })
    .toContain(new Intl.NumberFormat("id-ID").format(idr.amount))
})
