import AxeBuilder from "@axe-core/playwright"
import { type APIRequestContext, expect, type Page, test } from "@playwright/test"

const MEDUSA_URL = process.env.MEDUSA_URL ?? "http://localhost:9000"
const PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY ?? ""
const ADMIN = { email: process.env.STAFF_EMAIL ?? "", password: process.env.STAFF_PASSWORD ?? "" }
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
const BATIK = "kain-batik-tulis-mega-mendung-batik-kalijaga-trusmi"
const CHAIR = "kursi-rotan-teras-rotan-tegal-asri"

async function axe(page: Page, include = "main") {
  const result = await new AxeBuilder({ page }).include(include).withTags(WCAG).analyze()
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)
}

const json = async <T>(res: Promise<{ ok(): boolean; status(): number; text(): Promise<string> }>): Promise<T> => {
  const r = await res
  const body = await r.text()
  expect(r.ok(), `${r.status()} ${body.slice(0, 300)}`).toBe(true)
  return JSON.parse(body) as T
}

/**
 * A paid order of one batik cloth (on the gallery's shelf) and one rattan chair (its maker ships it
 * from the workshop), placed through the Store API as the storefront places it, the bank transfer
 * confirmed by staff: what the pick list, the workshop and the buyer's order page then show.
 */
async function paidOrder(request: APIRequestContext, admin: Record<string, string>, email: string) {
  const store = { "x-publishable-api-key": PUBLISHABLE_KEY, "content-type": "application/json" }
  const { regions } = await json<{ regions: { id: string; currency_code: string }[] }>(
    request.get(`${MEDUSA_URL}/store/regions`, { headers: store }),
  )
  const region = regions.find((r) => r.currency_code === "idr")!
  const variant = async (handle: string) =>
    (
      await json<{ products: { variants: { id: string }[] }[] }>(
        request.get(`${MEDUSA_URL}/store/products?handle=${handle}&fields=id,*variants`, { headers: store }),
      )
    ).products[0]!.variants[0]!.id
  const items = [
    { variant_id: await variant(BATIK), quantity: 1 },
    { variant_id: await variant(CHAIR), quantity: 1 },
  ]
  const { cart } = await json<{ cart: { id: string } }>(
    request.post(`${MEDUSA_URL}/store/carts`, { headers: store, data: { region_id: region.id, email, items } }),
  )
  const address = {
    first_name: "Rina",
    last_name: "Pembeli",
    address_1: "Jl. Tuparev 12",
    city: "Kedawung",
    postal_code: "45153",
    country_code: "id",
    phone: "+6281311112222",
  }
  await json(
    request.post(`${MEDUSA_URL}/store/carts/${cart.id}`, {
      headers: store,
      data: { shipping_address: address, billing_address: address },
    }),
  )
  const { shipping_options } = await json<{ shipping_options: { id: string }[] }>(
    request.get(`${MEDUSA_URL}/store/shipping-options?cart_id=${cart.id}`, { headers: store }),
  )
  let chosen = false
  for (const option of shipping_options) {
    const res = await request.post(`${MEDUSA_URL}/store/carts/${cart.id}/shipping-methods`, {
      headers: store,
      data: { option_id: option.id },
    })
    if (res.ok()) {
      chosen = true
      break
    }
  }
  expect(chosen, "a shipping service carries the chair").toBe(true)
  const { payment_collection } = await json<{ payment_collection: { id: string } }>(
    request.post(`${MEDUSA_URL}/store/payment-collections`, { headers: store, data: { cart_id: cart.id } }),
  )
  await json(
    request.post(`${MEDUSA_URL}/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      headers: store,
      data: { provider_id: "pp_system_default" },
    }),
  )
  const done = await json<{ type: string; order: { id: string; display_id: number } }>(
    request.post(`${MEDUSA_URL}/store/carts/${cart.id}/complete`, { headers: store }),
  )
  expect(done.type).toBe("order")
  const { order } = await json<{ order: { payment_collections: { payments: { id: string }[] }[] } }>(
    request.get(`${MEDUSA_URL}/admin/orders/${done.order.id}?fields=*payment_collections.payments`, { headers: admin }),
  )
  await json(
    request.post(`${MEDUSA_URL}/admin/payments/${order.payment_collections[0]!.payments[0]!.id}/capture`, {
      headers: admin,
      data: {},
    }),
  )
  return done.order
}

test("staff pack and ship the gallery's part in Admin, the maker ships its chair in /mitra and reads its statement, the buyer tracks both", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const run = Date.now().toString(36)
  const token = (await json<{ token: string }>(request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: ADMIN })))
    .token
  const admin = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const order = await paidOrder(request, admin, `rina-${run}@pembeli.test`)
  const slip = await json<{ order: { lines: { mode: string; msme_id: string }[] } }>(
    request.get(`${MEDUSA_URL}/admin/consignment/orders/${order.id}`, { headers: admin }),
  )
  const chairMaker = slip.order.lines.find((l) => l.mode === "workshop")!.msme_id

  // staff: the pick list, the packing slip, pack, then the waybill
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(`${MEDUSA_URL}/app/login`)
  await page.getByRole("textbox", { name: "Email" }).fill(ADMIN.email)
  await page.getByPlaceholder("Password").fill(ADMIN.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((url) => !url.pathname.includes("login"))
  // the product page says how the gallery holds the cloth: on a shelf, with its restock threshold
  const { products } = await json<{ products: { id: string }[] }>(
    request.get(`${MEDUSA_URL}/admin/products?handle=${BATIK}&fields=id`, { headers: admin }),
  )
  await page.goto(`${MEDUSA_URL}/app/products/${products[0]!.id}`)
  await expect(page.getByRole("heading", { name: "Consignment" })).toBeVisible()
  await expect(page.getByLabel("Shelf")).toHaveValue(/^[A-Z]-\d{2}$/)
  await expect(page.getByLabel("Threshold")).toHaveValue("2")
  await page.getByRole("link", { name: "Shipping & stock" }).first().click()
  await expect(page.getByRole("heading", { name: "Pick list" })).toBeVisible()
  await expect(
    page.locator("tr", { hasText: "Kain Batik Tulis Mega Mendung" }).filter({ hasText: `#${order.display_id}` }),
  ).toBeVisible()
  expect(await axe(page)).toEqual([])
  await page.getByRole("link", { name: `Order #${order.display_id}` }).click()
  await expect(page.getByRole("heading", { level: 1, name: `Packing slip · Order #${order.display_id}` })).toBeVisible()
  await expect(page.getByTestId("packing-slip")).toContainText("Jl. Tuparev 12")
  await expect(page.getByTestId("packing-slip")).toContainText("Maker's workshop")
  expect(await axe(page)).toEqual([])
  await page.getByRole("button", { name: "Pack the gallery's lines" }).click()
  await expect(page.getByRole("button", { name: "Mark shipped" })).toBeVisible()
  await page.getByLabel("Courier").selectOption("jne")
  await page.getByLabel("Waybill (resi)").fill(`CRB${run}`.toUpperCase())
  await page.getByRole("button", { name: "Mark shipped" }).click()
  await expect(page.getByText(`Shipped: JNE CRB${run}`.toUpperCase(), { exact: false })).toBeVisible()

  // the maker: invited by staff, signs in to /mitra, packs and ships the chair
  const invited = await json<{ link: string }>(
    request.post(`${MEDUSA_URL}/admin/msmes/${chairMaker}/invitations`, {
      headers: admin,
      data: { email: `bengkel-${run}@rotan-e2e.test`, name: "Pak Darto" },
    }),
  )
  const phone = { viewport: { width: 390, height: 844 }, baseURL: process.env.STOREFRONT_URL }
  const mitra = await (await browser.newContext(phone)).newPage()
  await mitra.goto(`/mitra/undangan/${invited.link.split("/").pop()}`)
  await mitra.getByLabel("Nama Anda").fill("Pak Darto")
  await mitra.getByLabel("Email").fill(`bengkel-${run}@rotan-e2e.test`)
  await mitra.getByLabel(/Kata sandi/).fill("Rotan-Tegal-2026")
  await mitra.getByRole("button", { name: "Terima undangan" }).click()
  await mitra.getByRole("link", { name: "Pesanan dan pengiriman" }).first().click()
  const mine = mitra.locator(`[data-order="${order.id}"]`)
  await expect(mine).toContainText("Anda kirim dari bengkel")
  await expect(mine).toContainText("Jl. Tuparev 12")
  await expect(mine).not.toContainText("Menunggu pembayaran")
  expect(await axe(mitra)).toEqual([])
  await mine.getByRole("button", { name: "Kemas barang saya" }).click()
  await expect(mitra.getByRole("status")).toContainText("Barang dikemas")
  await mitra.locator(`[data-order="${order.id}"]`).getByLabel("Kurir").selectOption("sicepat")
  await mitra.locator(`[data-order="${order.id}"]`).getByLabel("Nomor resi").fill(`SCP${run}`.toUpperCase())
  await mitra.locator(`[data-order="${order.id}"]`).getByRole("button", { name: "Tandai terkirim" }).click()
  await expect(mitra.getByRole("status")).toContainText("Pengiriman dicatat")
  await expect(mitra.locator(`[data-order="${order.id}"]`)).toContainText(`SCP${run}`.toUpperCase())

  // staff pay the maker: its agreement (commission and bank account), a payout batch, the transfer marked paid
  await page.getByRole("link", { name: "MSME payouts" }).first().click()
  await expect(page.getByRole("heading", { level: 1, name: "MSME payouts" })).toBeVisible()
  const form = page
    .locator("div", { has: page.getByRole("heading", { name: "Agreement (commission and bank account)" }) })
    .last()
  // any MSME of the registry, found by name (the list of balances is paged)
  await form.getByLabel("Find the MSME").fill("Tegal Asri")
  await expect(form.getByLabel("MSME", { exact: true }).locator("option")).toHaveCount(2)
  await form.getByLabel("MSME", { exact: true }).selectOption({ label: "Rotan Tegal Asri" })
  await form.getByLabel("Commission %").fill("12.5")
  await form.getByLabel("Bank", { exact: true }).fill("Bank BJB")
  await form.getByLabel("Account").fill("0091234567890")
  await form.getByLabel("Holder").fill("Darto Suparman")
  await form.getByRole("button", { name: "Save agreement" }).click()
  await expect(page.getByText("Agreement saved")).toBeVisible()
  await page.reload()
  await page.getByRole("checkbox", { name: "Pay: Rotan Tegal Asri" }).click()
  // the payout button turns from disabled to enabled with a colour transition: check contrast once it has ended
  await expect(page.getByRole("button", { name: /Make payout batch/ })).toBeEnabled()
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"))
  expect(await axe(page)).toEqual([])
  await page.getByRole("button", { name: /Make payout batch/ }).click()
  await expect(page.getByText("Payout batch made")).toBeVisible()
  await page.locator("[data-batch] a").first().click()
  await expect(page.getByRole("heading", { level: 1, name: "Payout batch" })).toBeVisible()
  const row = page.locator("tr", { hasText: "Rotan Tegal Asri" })
  await expect(row).toContainText("0091234567890")
  expect(await axe(page)).toEqual([])
  await row.getByLabel("Transfer reference: Rotan Tegal Asri").fill(`TRF-${run}`)
  await row.getByRole("button", { name: "Mark paid" }).click()
  await expect(row).toContainText(`Paid · TRF-${run}`)

  // its money: the chair's sale and the gallery's commission in this month's statement, PDF and CSV to download
  await mitra.getByRole("link", { name: "Dasbor" }).click()
  await mitra.getByRole("link", { name: "Keuangan" }).click()
  await expect(mitra.getByRole("heading", { level: 1, name: "Saldo, laporan dan pembayaran" })).toBeVisible()
  await expect(
    mitra.getByTestId("statement").locator('[data-kind="sale"]', { hasText: "Kursi Rotan Teras" }),
  ).toBeVisible()
  await expect(mitra.getByTestId("statement").locator('[data-kind="commission"]').first()).toBeVisible()
  await expect(mitra.locator("[data-payout]", { hasText: `TRF-${run}` })).toContainText("Dibayar")
  await expect(mitra.locator("[data-payout]", { hasText: `TRF-${run}` })).not.toContainText("0091234567890")
  expect(await axe(mitra)).toEqual([])
  const pdf = await mitra.request.get((await mitra.getByRole("link", { name: "Unduh PDF" }).getAttribute("href")) ?? "")
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()["content-type"]).toBe("application/pdf")
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-")

  // the buyer's order page: both parcels, each with its courier, waybill and a tracking link
  const buyer = await (await browser.newContext(phone)).newPage()
  await buyer.goto(`/en/pesanan/${order.id}`)
  await expect(buyer.getByRole("heading", { name: "Shipping and tracking" })).toBeVisible()
  // paid: no transfer instructions any more
  await expect(buyer.getByRole("status")).toContainText("Your payment has been received")
  await expect(buyer.getByRole("heading", { name: "Bank transfer instructions" })).toHaveCount(0)
  const parcels = buyer.locator("[data-shipment]")
  await expect(parcels).toHaveCount(2)
  await expect(parcels.filter({ hasText: "JNE" })).toContainText(`CRB${run}`.toUpperCase())
  await expect(parcels.filter({ hasText: "SiCepat" })).toContainText(`SCP${run}`.toUpperCase())
  await expect(parcels.filter({ hasText: "JNE" }).getByRole("link", { name: "Track this parcel" })).toHaveAttribute(
    "href",
    /jne\.co\.id/,
  )
  expect(await axe(buyer)).toEqual([])
})
