import AxeBuilder from "@axe-core/playwright"
import { expect, test } from "@playwright/test"
import { hydrated } from "./helpers"

const MEDUSA_URL = process.env.MEDUSA_URL ?? "http://localhost:9000"
const STAFF = { email: process.env.STAFF_EMAIL ?? "", password: process.env.STAFF_PASSWORD ?? "" }

test("an overseas buyer sends a two-product export inquiry in English, staff quote in USD, the buyer accepts on the private link", async ({
  page,
  request,
}) => {
  // product 1: rattan chairs, kept in the inquiry list
  await page.goto("/en/produk/kursi-rotan-teras-rotan-tegal-asri")
  // the quote form is folded under its heading until the buyer asks for it, by the link near the price
  await expect(page.getByRole("heading", { name: "Request an export quote" })).toBeVisible()
  await expect(page.locator(".inquiry-form")).toBeHidden()
  await page.getByRole("link", { name: "Request an export quote" }).click()
  await hydrated(page, ".inquiry-form")
  const form = page.locator(".inquiry-form")
  await form.getByLabel("Quantity").first().fill("300")
  await form.getByRole("button", { name: "Keep in my inquiry list" }).click()
  await expect(form.getByText("Kept in your inquiry list")).toBeVisible()

  // the inquiry list page has the chairs, in a form that passes an accessibility check
  await page.getByRole("link", { name: "Open my inquiry list" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Your export inquiry list" })).toBeVisible()
  await hydrated(page, ".inquiry-form")
  await expect(page.locator(".inquiry-form .lines li")).toHaveCount(1)
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze()).violations,
  ).toEqual([])

  // product 2: shrimp paste; the chairs come along from the list
  // a buyer who comes for export (?ekspor) finds the form open
  await page.goto("/en/produk/terasi-udang-premium-500g-terasi-losari-udang-mas?ekspor=1")
  await hydrated(page, ".inquiry-form")
  const lines = form.locator(".lines li")
  await expect(lines).toHaveCount(2)
  await expect(lines.nth(1)).toContainText("Rattan")
  await lines.nth(0).getByLabel("Quantity").fill("500")
  await lines.nth(0).getByLabel("Unit").selectOption("kg")
  await form.getByLabel("Name").fill("Aisha Rahman")
  await form.getByLabel("Company (optional)").fill("Lion City Living Pte Ltd")
  await form.getByLabel("Email").fill("aisha@lioncity.example")
  await form.getByLabel("Country").selectOption("SG")
  await form.getByLabel("Phone / WhatsApp (optional)").fill("+65 8123 4567")
  await form.getByLabel("Incoterm").selectOption("FOB")
  await form.getByLabel("Destination port or city").fill("Singapore")
  await form.getByLabel("Currency").selectOption("USD")
  await form.getByLabel("Halal certificate").check()
  await form.getByLabel("Certificate of origin").check()
  await form.getByLabel("Message").fill("For our boutique hotels: please quote FOB Tanjung Priok, samples first.")
  await form.getByRole("button", { name: "Send inquiry" }).click()

  // the private page
  await expect(page).toHaveURL(/\/en\/ekspor\/permintaan\/[A-Za-z0-9_-]{43}\?pesan=sent/)
  const heading = page.getByRole("heading", { level: 1 })
  await expect(heading).toContainText(/GC-\d{4}-\d{6}/)
  const reference = ((await heading.textContent()) ?? "").match(/GC-\d{4}-\d{6}/)![0]
  await expect(page.getByRole("status")).toContainText("Your inquiry was sent")
  await expect(page.locator("[data-status]")).toHaveText("Received")
  await expect(page.locator(".items")).toContainText("300 pieces")
  await expect(page.locator(".items")).toContainText("500 kg")
  await expect(page.getByText("No quote yet")).toBeVisible()

  // staff answer with a quote through the admin API
  const auth = await request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: STAFF })
  expect(auth.ok()).toBe(true)
  const headers = { authorization: `Bearer ${(await auth.json()).token}` }
  const list = await request.get(`${MEDUSA_URL}/admin/inquiries?q=${reference}`, { headers })
  const [inquiry] = (await list.json()).inquiries as { id: string; items: { id: string; title: string }[] }[]
  const chairs = inquiry!.items.find((i) => /Rattan|Rotan/.test(i.title))!
  const paste = inquiry!.items.find((i) => i.id !== chairs.id)!
  const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
  const quote = await request.post(`${MEDUSA_URL}/admin/inquiries/${inquiry!.id}/quotes`, {
    headers,
    data: {
      currency: "USD",
      incoterm: "FOB",
      valid_until: validUntil,
      lead_time_days: 45,
      notes: "Samples by courier within a week.",
      lines: [
        { item_id: chairs.id, quantity: 300, unit_price: 96.5 },
        { item_id: paste.id, quantity: 500, unit_price: 4.2 },
      ],
    },
  })
  expect(quote.status()).toBe(201)

  // the buyer reads the quote and accepts it
  await page.reload()
  await expect(page.locator("[data-status]")).toHaveText("Quoted")
  await expect(page.locator(".quote tfoot")).toContainText("$31,050.00")
  await expect(page.locator(".quote")).toContainText("Samples by courier")
  const axe = () => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze()
  expect((await axe()).violations).toEqual([])
  await page.getByRole("button", { name: "Accept the quote" }).click()
  await expect(page.getByRole("status")).toContainText("the quote is accepted")
  await expect(page.locator("[data-status]")).toHaveText("Accepted")
  await expect(page.getByText(/Order number #\d+/)).toBeVisible()

  // and staff find the draft order in USD with the quoted lines
  const detail = await (await request.get(`${MEDUSA_URL}/admin/inquiries/${inquiry!.id}`, { headers })).json()
  const draft = await (
    await request.get(`${MEDUSA_URL}/admin/draft-orders/${detail.inquiry.order.id}?fields=id,currency_code,*items`, {
      headers,
    })
  ).json()
  expect(draft.draft_order.currency_code).toBe("usd")
  expect(draft.draft_order.items).toHaveLength(2)
})

test("an inquiry form sent twice without JavaScript (a double click, a resend) is one inquiry", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto("/en/produk/kursi-rotan-teras-rotan-tegal-asri")
  // without JavaScript the link near the price reloads the page with the quote form open
  await page.getByRole("link", { name: "Request an export quote" }).click()
  await expect(page).toHaveURL(/ekspor=1/)
  const form = page.locator(".inquiry-form")
  await expect(form).toBeVisible()
  const submissionId = await form.locator('input[name="submission_id"]').inputValue()
  expect(submissionId).toMatch(/^[0-9a-f-]{36}$/)
  // what the browser sends for the plain form, twice, as a second click does
  const fields = {
    locale: "en",
    submission_id: submissionId,
    product_id: await form.locator('input[name="product_id"]').first().inputValue(),
    quantity: "120",
    unit: "pcs",
    name: "Noor Aziz",
    email: "noor@twice.example",
    country: "MY",
    incoterm: "CIF",
    destination: "Port Klang",
    currency: "MYR",
    message: "Sent twice by a slow connection.",
    website: "",
  }
  const send = () =>
    page.request.post("/api/inquiries", {
      form: fields,
      // a browser's form post names its origin (the storefront refuses cross-site posts)
      headers: { referer: page.url(), origin: new URL(page.url()).origin },
      maxRedirects: 0,
    })
  const first = await send()
  const second = await send()
  expect(first.status()).toBe(303)
  expect(second.status()).toBe(303)
  expect(first.headers().location).toMatch(/\/en\/ekspor\/permintaan\/[A-Za-z0-9_-]{43}\?pesan=sent$/)
  expect(second.headers().location).toBe(first.headers().location)
  // a fresh page has a fresh form id: a new inquiry from it is a new inquiry
  await page.reload()
  expect(await form.locator('input[name="submission_id"]').inputValue()).not.toBe(submissionId)
  await page.goto(first.headers().location!)
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/GC-\d{4}-\d{6}/)
  await context.close()
})
