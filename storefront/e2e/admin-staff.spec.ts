import { expect, test } from "@playwright/test"

const MEDUSA_URL = process.env.MEDUSA_URL ?? "http://localhost:9000"
const ADMIN = { email: process.env.STAFF_EMAIL ?? "", password: process.env.STAFF_PASSWORD ?? "" }

test.use({ viewport: { width: 1280, height: 900 } })

test("an administrator gives an invited staff member a role on the Staff roles page; until then the account may do nothing", async ({
  page,
  request,
}) => {
  const admin = (await (await request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: ADMIN })).json())
    .token as string
  const person = { email: `verifikator-${Date.now()}@galeri-caruban.test`, password: "Verifikasi-2026-aman" }
  const invite = await request.post(`${MEDUSA_URL}/admin/invites`, {
    headers: { authorization: `Bearer ${admin}` },
    data: { email: person.email },
  })
  const registration = (
    await (await request.post(`${MEDUSA_URL}/auth/user/emailpass/register`, { data: person })).json()
  ).token as string
  expect(
    (
      await request.post(`${MEDUSA_URL}/admin/invites/accept?token=${(await invite.json()).invite.token}`, {
        headers: { authorization: `Bearer ${registration}` },
        data: { first_name: "Wulan", last_name: "Verifikator" },
      })
    ).status(),
  ).toBe(200)
  const token = (await (await request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: person })).json())
    .token as string
  const asPerson = { authorization: `Bearer ${token}` }
  expect((await request.get(`${MEDUSA_URL}/admin/permits`, { headers: asPerson })).status()).toBe(403)

  await page.goto(`${MEDUSA_URL}/app/login`)
  await page.getByRole("textbox", { name: "Email" }).fill(ADMIN.email)
  await page.getByPlaceholder("Password").fill(ADMIN.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((url) => !url.pathname.includes("login"))
  await page.getByRole("link", { name: "Staff roles" }).first().click()
  await expect(page.getByRole("heading", { name: "Staff roles" })).toBeVisible()
  const row = page.locator(`[data-staff="${person.email}"]`)
  await expect(row.getByText("no role yet: can only sign in")).toBeVisible()
  // the demo login is the administrator
  await expect(
    page.locator(`[data-staff="${ADMIN.email}"]`).getByRole("checkbox", { name: "Administrator" }),
  ).toBeChecked()
  await row.getByRole("checkbox", { name: "Permit verifier" }).click()
  await row.getByRole("button", { name: "Save" }).click()
  await expect(page.getByText("Roles saved").first()).toBeVisible()
  await page.screenshot({ path: test.info().outputPath("staff-roles-1280.png") })

  expect((await request.get(`${MEDUSA_URL}/admin/permits`, { headers: asPerson })).status()).toBe(200)
  const staff = (
    await (await request.get(`${MEDUSA_URL}/admin/staff`, { headers: { authorization: `Bearer ${admin}` } })).json()
  ).staff as { email: string; roles: string[] }[]
  expect(staff.find((s) => s.email === person.email)?.roles).toEqual(["permit_verifier"])

  // in Indonesian too
  await page.context().addCookies([{ name: "lng", value: "id", url: MEDUSA_URL }])
  await page.goto(`${MEDUSA_URL}/app/staff`)
  await expect(page.getByRole("heading", { name: "Peran staf" })).toBeVisible()
  await expect(
    page.locator(`[data-staff="${person.email}"]`).getByRole("checkbox", { name: "Verifikator izin" }),
  ).toBeChecked()
  await page.context().addCookies([{ name: "lng", value: "en", url: MEDUSA_URL }])
})
