import { expect, test } from "@playwright/test"
import { hydrated } from "./helpers"

const MEDUSA_URL = process.env.MEDUSA_URL ?? "http://localhost:9000"
const PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY ?? ""

test("a buyer browses, switches language and currency, buys as a guest with bank transfer, and the order is in Medusa", async ({
  page,
  request,
}) => {
  // home -> category
  await page.goto("/")
  await expect(page.getByRole("heading", { level: 1 })).toContainText("UMKM Kabupaten Cirebon")
  await expect(page.getByRole("heading", { name: "Kriya pilihan" })).toBeVisible()
  await page.getByRole("link", { name: "Mebel Rotan" }).first().click()
  await expect(page.getByRole("heading", { level: 1, name: "Mebel Rotan" })).toBeVisible()

  // sort by price, lowest first: the prices shown go up
  await page.getByLabel("Urutkan").selectOption("price_asc")
  await page.getByRole("button", { name: "Urutkan" }).click()
  await expect(page).toHaveURL(/urut=price_asc/)
  const prices = await page.locator(".card .price").allTextContents()
  const amounts = prices.map((p) => Number(p.replace(/[^0-9]/g, "")))
  expect(amounts.length).toBeGreaterThan(1)
  expect([...amounts].sort((a, b) => a - b)).toEqual(amounts)

  // category -> product
  await page.locator(".card a").first().click()
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  const productPath = new URL(page.url()).pathname
  await expect(page.getByRole("heading", { name: /Cerita perajin/ })).toBeVisible()

  // switch language (in the header's menu): same product, in English
  await page.locator("header .menu > summary").click()
  await page.getByRole("link", { name: "English" }).click()
  await expect(page).toHaveURL(new RegExp(`/en${productPath}`))
  await expect(page.getByRole("heading", { name: /The maker's story/ })).toBeVisible()

  // switch currency: Singapore dollars, applied as soon as it is picked (no Apply step with JavaScript)
  await page.locator("header .menu > summary").click()
  await expect(page.getByRole("button", { name: "Apply" })).toBeHidden()
  await page.getByLabel("Region and currency").selectOption({ label: "Singapore (SGD)" })
  await expect(page.locator(".add-to-cart .price")).toContainText("SGD")

  // add to cart: the drawer opens with the item
  await hydrated(page, ".add-to-cart")
  await hydrated(page, ".cart-button")
  await page.getByRole("button", { name: "Add to cart" }).click()
  const drawer = page.getByRole("dialog", { name: "Cart" })
  await expect(drawer).toBeVisible()
  await expect(drawer).toContainText("1 ×")
  await drawer.getByRole("link", { name: "Go to checkout" }).click()

  // guest checkout
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible()
  await hydrated(page, ".checkout")
  await page.getByLabel("Email", { exact: true }).fill("buyer@example.sg")
  await page.getByLabel("First name").fill("Mei Ling")
  await page.getByLabel("Last name").fill("Tan")
  await page.getByLabel("Address", { exact: true }).fill("10 Anson Road #12-01")
  await page.getByLabel("City", { exact: true }).fill("Singapore")
  await page.getByLabel("Postal code").fill("079903")
  await page.getByRole("button", { name: "Continue" }).click()
  await page.getByRole("radio", { name: /Air cargo/ }).check()
  await expect(page.getByRole("radio", { name: "Bank transfer (manual)" })).toBeChecked()
  await page.getByRole("button", { name: "Place order" }).click()

  // confirmation with transfer instructions
  await expect(page.getByRole("heading", { name: "Thank you, we have received your order" })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Bank transfer instructions" })).toBeVisible()
  const orderId = new URL(page.url()).pathname.split("/").pop() ?? ""
  expect(orderId).toMatch(/^order_/)

  // the order is in Medusa, in Singapore dollars, for this buyer
  const res = await request.get(`${MEDUSA_URL}/store/orders/${orderId}?fields=id,email,currency_code,*items`, {
    headers: { "x-publishable-api-key": PUBLISHABLE_KEY },
  })
  expect(res.ok()).toBe(true)
  const { order } = (await res.json()) as { order: { email: string; currency_code: string; items: unknown[] } }
  expect(order).toMatchObject({ email: "buyer@example.sg", currency_code: "sgd" })
  expect(order.items).toHaveLength(1)
})

test("an unknown product is a real 404 page, in the buyer's language", async ({ page }) => {
  const res = await page.goto("/en/produk/no-such-product")
  expect(res?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible()
})

test("product and category pages read without JavaScript and are cacheable", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const res = await page.goto("/kategori/rattan-furniture")
  expect(res?.headers()["cache-control"]).toContain("public")
  // a product known to be in stock (some demo products are sold out on purpose)
  await page.locator(".card a", { hasText: "Kursi Rotan Teras" }).first().click()
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  expect((await page.request.get(page.url())).headers()["cache-control"]).toContain("public")
  await expect(page.getByRole("button", { name: "Tambah ke keranjang" })).toBeVisible()
  // the plain form adds to the cart without JavaScript
  await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Keranjang belanja" })).toBeVisible()
  await expect(page.locator("table.cart tbody tr")).toHaveCount(1)
  await expect(page.locator(".totals")).toContainText("Rp")
  // the cart follows the region: Malaysia, ringgit (the menu and its plain form work without JavaScript)
  await page.locator("header .menu > summary").click()
  await page.getByLabel("Wilayah dan mata uang").selectOption({ label: "Malaysia (MYR)" })
  await page.getByRole("button", { name: "Terapkan" }).first().click()
  await expect(page.locator(".totals")).toContainText("MYR")
  await expect(page.locator("table.cart tbody tr")).toHaveCount(1)
  await context.close()
})

test("the sitemap is an index of chunked sitemaps: fixed pages, then products with lastmod, in both languages", async ({
  request,
}) => {
  const index = await request.get("/sitemap.xml")
  expect(index.status()).toBe(200)
  const xml = await index.text()
  expect(xml).toContain("<sitemapindex")
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
  expect(locs).toEqual(["/sitemap/halaman.xml", "/sitemap/produk-1.xml", "/sitemap/umkm-1.xml"])
  const pages = await (await request.get("/sitemap/halaman.xml")).text()
  expect(pages).toContain("/kategori/batik-tulis/</loc>")
  expect(pages).toContain('hreflang="en"')
  const products = await (await request.get("/sitemap/produk-1.xml")).text()
  const urls = products.match(/<url>/g) ?? []
  expect(urls.length).toBeGreaterThan(100)
  expect(urls.length).toBeLessThanOrEqual(10_000)
  expect(products).toMatch(/\/en\/produk\/kursi-rotan-teras-rotan-tegal-asri\/<\/loc><lastmod>\d{4}-\d{2}-\d{2}T/)
  const makers = await (await request.get("/sitemap/umkm-1.xml")).text()
  expect(makers).toMatch(/\/umkm\/rotan-tegal-asri\/<\/loc><lastmod>/)
  expect(makers.match(/<url>/g)?.length).toBeGreaterThan(2 * 20)
  // the directory and the visit page are fixed pages; each MSME's page is in the umkm chunks
  expect(pages).toContain("/umkm/</loc>")
  expect(pages).toContain("/kunjungi/</loc>")
  expect(pages).not.toMatch(/\/umkm\/[a-z0-9-]+\/<\/loc>/)
  // the index now knows the chunk's lastmod
  expect(await (await request.get("/sitemap.xml")).text()).toMatch(/produk-1\.xml<\/loc><lastmod>/)
  expect((await request.get("/sitemap/produk-2.xml")).status()).toBe(404)
  expect((await request.get("/sitemap/lain.xml")).status()).toBe(404)
})
