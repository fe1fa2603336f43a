import { expect, test } from "@playwright/test"

const MEDUSA_URL = process.env.MEDUSA_URL ?? "http://localhost:9000"
const ADMIN = { email: process.env.STAFF_EMAIL ?? "", password: process.env.STAFF_PASSWORD ?? "" }

// staff work at a desk: Medusa Admin's sidebar shows from tablet width up
test.use({ viewport: { width: 1280, height: 900 } })

test("a curator signs in to Medusa Admin, scores and approves a product from the queue, and buyers find it", async ({
  page,
  request,
}) => {
  // the administrator invites a curator, who signs up; the administrator gives the curator role
  const admin = (await (await request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: ADMIN })).json())
    .token as string
  const asAdmin = { authorization: `Bearer ${admin}` }
  const curator = { email: `kurator-${Date.now()}@galeri-caruban.test`, password: "Kurasi-2026-aman" }
  const invite = await request.post(`${MEDUSA_URL}/admin/invites`, { headers: asAdmin, data: { email: curator.email } })
  expect(invite.status()).toBe(200)
  const inviteToken = (await invite.json()).invite.token as string
  const registration = (
    await (await request.post(`${MEDUSA_URL}/auth/user/emailpass/register`, { data: curator })).json()
  ).token as string
  const accepted = await request.post(`${MEDUSA_URL}/admin/invites/accept?token=${inviteToken}`, {
    headers: { authorization: `Bearer ${registration}` },
    data: { first_name: "Sekar", last_name: "Kurator" },
  })
  expect(accepted.status()).toBe(200)
  const userId = (await accepted.json()).user.id as string
  const roles = await request.post(`${MEDUSA_URL}/admin/staff/${userId}/roles`, {
    headers: asAdmin,
    data: { roles: ["curator"] },
  })
  expect(roles.status()).toBe(200)

  // the product is not in the storefront yet
  // (another workshop's Singa Barong sculpture is live already: the product is told apart by its address)
  const card = 'a[href*="/produk/patung-singa-barong-ukir-singa-barong/"]'
  await page.goto("/en/cari?q=singa+barong")
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  await expect(page.locator(card)).toHaveCount(0)

  // the curator signs in and finds it in the queue (sidebar entry, category filter)
  await page.goto(`${MEDUSA_URL}/app/login`)
  await page.getByRole("textbox", { name: "Email" }).fill(curator.email)
  await page.getByPlaceholder("Password").fill(curator.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((url) => !url.pathname.includes("login"))
  await page.getByRole("link", { name: "Curation" }).first().click()
  await expect(page.getByRole("heading", { name: "Curation queue" })).toBeVisible()
  await page
    .getByLabel("Category")
    .selectOption({ label: "Ukiran Kayu" })
    .catch(async () => {
      await page.getByLabel("Category").selectOption("wood-carving")
    })
  await page.getByRole("link", { name: "Patung Singa Barong" }).click()

  // the review page: the product as buyers will see it, the rubric, the computed grade
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Patung Singa Barong")
  await expect(page.getByText("As buyers will see it")).toBeVisible()
  for (const label of [
    "Permits (business and product)",
    "Product quality",
    "Packaging and labelling",
    "Production capacity",
    "Market readiness",
    "Photos and description in both languages",
  ]) {
    await page.getByLabel(label).selectOption("4")
  }
  await expect(page.getByTestId("computed-grade")).toContainText("B")
  await page.getByRole("button", { name: "Approve", exact: true }).click()
  await expect(page.getByText("Decision recorded").first()).toBeVisible()
  await expect(page.getByText(`Submitted → Approved · Grade B · by ${curator.email}`)).toBeVisible()

  // a curator is not a permit verifier
  await page.goto(`${MEDUSA_URL}/app/permits`)
  await expect(page.getByText("Only a permit verifier or an administrator may do this.")).toBeVisible()

  // in Indonesian (the admin's language setting): the gallery's pages follow it
  await page.context().addCookies([{ name: "lng", value: "id", url: MEDUSA_URL }])
  await page.goto(`${MEDUSA_URL}/app/curation`)
  await expect(page.getByRole("heading", { name: "Antrean kurasi" })).toBeVisible()
  await expect(page.getByRole("link", { name: "Produk pilihan" }).first()).toBeVisible()
  await page.goto(`${MEDUSA_URL}/app/inquiries`)
  await expect(page.getByRole("heading", { name: "Permintaan ekspor" })).toBeVisible()
  await page.context().addCookies([{ name: "lng", value: "en", url: MEDUSA_URL }])

  // buyers find it in the storefront's search
  await expect(async () => {
    await page.goto("/en/cari?q=singa+barong")
    await expect(page.locator(card).first()).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
})
