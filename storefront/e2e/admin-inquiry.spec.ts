import { expect, test } from "@playwright/test"

const MEDUSA_URL = process.env.MEDUSA_URL ?? "http://localhost:9000"
const PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY ?? ""
const STAFF = { email: process.env.STAFF_EMAIL ?? "", password: process.env.STAFF_PASSWORD ?? "" }

test("staff find a new inquiry in Medusa Admin, reply, and send a quote the buyer then reads", async ({
  page,
  request,
}) => {
  // a buyer's inquiry about free-text goods (no product needed)
  const sent = await request.post(`${MEDUSA_URL}/store/inquiries`, {
    headers: { "x-publishable-api-key": PUBLISHABLE_KEY, "x-forwarded-for": "192.0.2.44" },
    data: {
      locale: "en",
      buyer: { name: "Omar Haddad", email: "omar@gulf.example", country: "AE", phone: "+971 50 123 4567" },
      items: [{ title: "Hand-drawn batik scarves, 2 m", quantity: 300, unit: "pcs" }],
      incoterm: "CIF",
      destination: "Jebel Ali",
      currency: "USD",
      message: "Do you ship to Dubai? We need 300 scarves for a hotel opening.",
    },
  })
  expect(sent.status()).toBe(201)
  const { reference, token } = (await sent.json()).inquiry as { reference: string; token: string }

  // staff sign in to Medusa Admin and open the inquiry from the list
  await page.goto(`${MEDUSA_URL}/app/login`)
  await page.getByRole("textbox", { name: "Email" }).fill(STAFF.email)
  await page.getByPlaceholder("Password").fill(STAFF.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((url) => !url.pathname.includes("login"))
  await page.goto(`${MEDUSA_URL}/app/inquiries`)
  await expect(page.getByRole("heading", { name: "Export inquiries" })).toBeVisible()
  await page.getByRole("searchbox", { name: "Search" }).fill(reference)
  await page.getByRole("link", { name: reference }).click()
  await expect(page.getByRole("heading", { level: 1 })).toContainText(reference)
  await expect(page.getByRole("link", { name: /WhatsApp/ })).toHaveAttribute(
    "href",
    /^https:\/\/wa\.me\/971501234567\?text=/,
  )

  // take it into review, reply, and quote
  await page.getByRole("button", { name: "Take into review" }).click()
  await expect(page.getByText("in review").first()).toBeVisible()
  await page.getByLabel("Reply to the buyer").fill("Yes, we ship CIF Jebel Ali. A quote follows.")
  await page.getByRole("button", { name: "Send reply" }).click()
  await expect(page.locator("li").filter({ hasText: "A quote follows." })).toBeVisible()
  await page.getByLabel("Unit price of Hand-drawn batik scarves, 2 m").fill("24.5")
  await page.getByLabel("Notes for the buyer").fill("Gift boxes included.")
  await page.getByRole("button", { name: "Send quote" }).click()
  await expect(page.getByText(/Quote 1 · sent · USD 7350/)).toBeVisible()

  // the buyer's page shows the reply and the quote
  const buyer = await (
    await request.get(`${MEDUSA_URL}/store/inquiries/${token}`, {
      headers: { "x-publishable-api-key": PUBLISHABLE_KEY },
    })
  ).json()
  expect(buyer.inquiry.status).toBe("quoted")
  expect(buyer.inquiry.quote).toMatchObject({ currency: "USD", incoterm: "CIF", notes: "Gift boxes included." })
  expect(buyer.inquiry.messages.map((m: { body: string }) => m.body)).toContain(
    "Yes, we ship CIF Jebel Ali. A quote follows.",
  )
})
