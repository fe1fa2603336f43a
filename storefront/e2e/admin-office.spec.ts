import AxeBuilder from "@axe-core/playwright"
import { expect, type Page, test } from "@playwright/test"
import ExcelJS from "exceljs"

const MEDUSA_URL = process.env.MEDUSA_URL ?? "http://localhost:9000"
const ADMIN = { email: process.env.STAFF_EMAIL ?? "", password: process.env.STAFF_PASSWORD ?? "" }
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

test.use({ viewport: { width: 1280, height: 900 } })

/** WCAG violations of the gallery's own page content (Medusa Admin's shell around it is Medusa's). */
async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).include("main").withTags(WCAG).analyze()
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)
}

async function registrySheet(run: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("Data UMKM")
  sheet.addRow(["Nama Usaha", "Nama Pemilik", "NIB", "Desa", "Kecamatan", "Sektor", "Jenis Usaha", "No. HP/WA"])
  sheet.addRow([
    `Rengginang Bu Yati ${run}`,
    "Yati",
    "",
    "Kenanga",
    "Sumber",
    "kuliner",
    "rengginang",
    "0812-2222-3333",
  ])
  sheet.addRow([`Lukisan Kaca Gegesik ${run}`, "Toto", "", "Gegesik Kulon", "Gegesik", "kerajinan", "lukisan kaca", ""])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

test("the office imports its registry sheet, opens a facilitation case the MSME sees in /mitra, and reads the targets", async ({
  page,
  browser,
  request,
}) => {
  const run = String(Date.now())
  const business = `Batik Fasilitasi ${run}`

  // an MSME signs up in /mitra (no NIB yet)
  const mitra = await browser.newPage()
  await mitra.goto("/mitra")
  const signUp = mitra.locator("form", { has: mitra.locator("#daftar-h") })
  await signUp.getByLabel("Nama Anda").fill("Ibu Sari")
  await signUp.getByLabel("Nama usaha").fill(business)
  await signUp.getByLabel("Kriya").check()
  await signUp.getByLabel("Yang Anda buat").fill("batik tulis")
  await signUp.getByLabel("Kecamatan").selectOption("Plered")
  await signUp.getByLabel("Desa").fill("Trusmi Kulon")
  await signUp.getByLabel("Email").fill(`fasilitasi-${run}@batik-e2e.test`)
  await signUp.getByLabel(/Kata sandi/).fill("Rahasia-2026!")
  await signUp.getByRole("button", { name: "Daftar sebagai UMKM baru" }).click()
  await expect(mitra.getByRole("heading", { level: 1, name: business })).toBeVisible()

  // staff sign in to Medusa Admin
  await page.goto(`${MEDUSA_URL}/app/login`)
  await page.getByRole("textbox", { name: "Email" }).fill(ADMIN.email)
  await page.getByPlaceholder("Password").fill(ADMIN.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((url) => !url.pathname.includes("login"))

  // the registry, then its import: upload, dry run, commit, progress
  await page.getByRole("link", { name: "MSMEs (UMKM)" }).first().click()
  await expect(page.getByRole("heading", { name: "MSMEs (UMKM)" })).toBeVisible()
  expect(await axe(page)).toEqual([])
  await page.getByRole("link", { name: "Import a sheet" }).click()
  await expect(page.getByRole("heading", { name: "Import the registry" })).toBeVisible()
  expect(await axe(page)).toEqual([])
  await page.getByLabel("Sheet (XLSX or CSV)").setInputFiles({
    name: `registri-${run}.xlsx`,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await registrySheet(run),
  })
  await page.getByRole("button", { name: "Upload and check" }).click()
  await expect(page.getByText("Dry run done")).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole("button", { name: "New (2)" })).toBeVisible()
  await expect(page.getByRole("cell", { name: new RegExp(`Rengginang Bu Yati ${run}`) })).toBeVisible()
  expect(await axe(page)).toEqual([])
  await page.getByRole("button", { name: "Import (2)" }).click()
  await expect(page.getByText("Imported", { exact: true })).toBeVisible({ timeout: 60_000 })
  await expect(page.getByText(/Done: 2 created/)).toBeVisible()

  // the imported MSME is in the registry
  await page.goto(`${MEDUSA_URL}/app/msmes`)
  await page.getByLabel("Search by name, owner or NIB").fill(`Lukisan Kaca Gegesik ${run}`)
  await expect(page.getByRole("link", { name: `Lukisan Kaca Gegesik ${run}` })).toBeVisible()
  await page.getByRole("link", { name: `Lukisan Kaca Gegesik ${run}` }).click()
  await expect(page.getByRole("heading", { name: `Lukisan Kaca Gegesik ${run}` })).toBeVisible()
  await expect(page.getByText(/pending → |import/).first()).toBeVisible()
  expect(await axe(page)).toEqual([])

  // a facilitation case for the MSME that signed up without NIB
  await page.getByRole("link", { name: "Facilitation" }).first().click()
  await expect(page.getByRole("heading", { name: "Permit facilitation" })).toBeVisible()
  // the bulk form starts at "active food MSMEs"; this one is a craft MSME waiting for verification
  await page.locator("#reg-sector").selectOption("")
  await page.locator("#reg-status").selectOption("")
  await page.getByLabel("Search by name, owner or NIB").fill(business)
  await page.locator("#bulk-permit").selectOption("nib")
  await page.locator("#bulk-next").fill("Datang ke Mal Pelayanan Publik hari Selasa membawa KTP")
  await page.getByRole("button", { name: "Open cases" }).click()
  await expect(page.getByText(/^1 cases opened/)).toBeVisible()
  await expect(page.getByRole("link", { name: business })).toBeVisible()
  expect(await axe(page)).toEqual([])

  // the MSME reads it in /mitra, in Indonesian
  await mitra.goto("/mitra/dasbor")
  const section = mitra.locator("section", { has: mitra.getByRole("heading", { name: "Pendampingan perizinan" }) })
  await expect(section).toContainText("Datang ke Mal Pelayanan Publik hari Selasa membawa KTP")
  await expect(section).toContainText("OSS")

  // the targets dashboard shows the registry as it is now
  const token = (await (await request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: ADMIN })).json())
    .token as string
  const live = await (
    await request.get(`${MEDUSA_URL}/admin/office/dashboard`, { headers: { authorization: `Bearer ${token}` } })
  ).json()
  const registered = live.indicators.find((i: { key: string }) => i.key === "msmes_registered").value as number
  await page.getByRole("link", { name: "Targets" }).first().click()
  await expect(page.locator('[data-indicator="msmes_registered"]')).toHaveText(registered.toLocaleString("en-GB"))
  await expect(page.getByRole("heading", { name: /New MSMEs/ })).toBeVisible()
  expect(await axe(page)).toEqual([])
  await page.screenshot({ path: "test-results/admin-office-1280.png", fullPage: true })
})
