import AxeBuilder from "@axe-core/playwright"
import { expect, type Page, test } from "@playwright/test"

/** A phone photo made by the browser itself: an 800 x 600 JPEG from a canvas. */
async function cameraPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement("canvas")
    canvas.width = 800
    canvas.height = 600
    const g = canvas.getContext("2d") as CanvasRenderingContext2D
    g.fillStyle = "#1f3a5f"
    g.fillRect(0, 0, 800, 600)
    g.fillStyle = "#d9b26f"
    for (let i = 0; i < 12; i++) g.fillRect(i * 70, 100 + (i % 3) * 120, 50, 220)
    return canvas.toDataURL("image/jpeg", 0.9).split(",")[1] as string
  })
  return Buffer.from(base64, "base64")
}

const MEDUSA_URL = process.env.MEDUSA_URL ?? "http://localhost:9000"
const STAFF = { email: process.env.STAFF_EMAIL ?? "", password: process.env.STAFF_PASSWORD ?? "" }

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze()).violations

test("an MSME owner signs up on a phone, adds a permit and a product with a camera photo, and submits it for curation", async ({
  page,
  request,
}) => {
  const run = String(Date.now()) // 13 digits: a fresh NIB and email on every run
  const email = `mitra-${run}@batik-e2e.test`
  await page.goto("/mitra")
  await expect(page.getByRole("heading", { level: 1, name: "Mitra UMKM" })).toBeVisible()
  expect(await axe(page)).toEqual([])

  // sign up (Indonesian, the portal's first language)
  const signUp = page.locator("form", { has: page.locator("#daftar-h") })
  await signUp.getByLabel("Nama Anda").fill("Ibu Ratna")
  await signUp.getByLabel("Nama usaha").fill("Batik Ratna E2E")
  await signUp.getByLabel("Kriya").check()
  await signUp.getByLabel("Yang Anda buat").fill("batik tulis")
  await signUp.getByLabel("Kecamatan").selectOption("Plered")
  await signUp.getByLabel("Desa").fill("Trusmi Kulon")
  await signUp.getByLabel("WhatsApp").fill("+6281234567890")
  await signUp.getByLabel("Email").fill(email)
  await signUp.getByLabel(/Kata sandi/).fill("Rahasia-2026!")
  await signUp.getByRole("button", { name: "Daftar sebagai UMKM baru" }).click()

  // the dashboard: pending MSME, no products, the NIB missing
  await expect(page.getByRole("heading", { level: 1, name: "Batik Ratna E2E" })).toBeVisible()
  await expect(page.getByText("Menunggu verifikasi staf galeri")).toBeVisible()
  await expect(page.getByText("Belum ada produk")).toBeVisible()
  await expect(page.locator("li.missing")).toContainText("NIB")
  expect(await axe(page)).toEqual([])

  // the MSME's story, in both languages
  await page.getByRole("link", { name: "Profil UMKM" }).click()
  expect(await axe(page)).toEqual([])
  await page.getByLabel("Cerita usaha (Indonesia)").fill("Ibu Ratna membatik sejak 1998 di Trusmi Kulon.")
  await page.getByLabel("Cerita usaha (Inggris)").fill("Ibu Ratna has drawn batik in Trusmi Kulon since 1998.")
  await page.getByRole("button", { name: "Simpan" }).click()
  await expect(page.getByText("Tersimpan.")).toBeVisible()
  await page.getByRole("link", { name: "Profil UMKM" }).click()
  await expect(page.getByLabel("Cerita usaha (Inggris)")).toHaveValue(
    "Ibu Ratna has drawn batik in Trusmi Kulon since 1998.",
  )
  await page.getByRole("link", { name: "Kembali ke dasbor" }).click()

  // a permit with its document (a scan as PDF)
  await page.getByRole("link", { name: "Tambah izin" }).click()
  await page.getByLabel("Jenis izin").selectOption("nib")
  await page.getByLabel("Nomor izin").fill("12-34")
  await page.getByRole("button", { name: "Simpan" }).click()
  // a wrong number is refused, with what was typed still there, and the field named in Indonesian
  await expect(page.getByRole("alert")).toContainText(/NIB|13/)
  expect(await axe(page)).toEqual([])
  await expect(page.getByLabel("Nomor izin")).toHaveValue("12-34")
  await page.getByLabel("Nomor izin").fill(run)
  await page.getByLabel("Dokumen (PDF atau foto)").setInputFiles({
    name: "nib.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"),
  })
  await page.getByRole("button", { name: "Simpan" }).click()
  await expect(page.getByText("Izin tersimpan dan menunggu verifikasi staf.")).toBeVisible()
  await expect(page.locator('li[data-permit="nib"]')).toContainText("Menunggu verifikasi")
  await expect(page.locator("li.missing")).toHaveCount(0)

  // a permit verifier rejects it with a reason: the MSME reads why, and the NIB shows as missing again
  const staff = (await (await request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: STAFF })).json())
    .token as string
  const queue = await (
    await request.get(`${MEDUSA_URL}/admin/permits`, { headers: { authorization: `Bearer ${staff}` } })
  ).json()
  const permit = (queue.permits as { id: string; number: string }[]).find((p) => p.number === run)!
  const rejected = await request.post(`${MEDUSA_URL}/admin/permits/${permit.id}/decision`, {
    headers: { authorization: `Bearer ${staff}` },
    data: { decision: "reject", reason: "Foto dokumen buram, unggah ulang yang jelas." },
  })
  expect(rejected.status()).toBe(200)
  await page.reload()
  await expect(page.locator('li[data-permit="nib"]')).toContainText("Foto dokumen buram, unggah ulang yang jelas.")
  await expect(page.locator("li.missing")).toContainText("NIB")
  // sent again with the same number and a clearer scan: waiting for verification again
  await page.getByRole("link", { name: "Tambah izin" }).click()
  await page.getByLabel("Jenis izin").selectOption("nib")
  await page.getByLabel("Nomor izin").fill(run)
  await page.getByLabel("Dokumen (PDF atau foto)").setInputFiles({
    name: "nib-jelas.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n% clearer\n%%EOF"),
  })
  await page.getByRole("button", { name: "Simpan" }).click()
  await expect(page.locator('li[data-permit="nib"]')).toContainText("Menunggu verifikasi")
  await expect(page.locator("li.missing")).toHaveCount(0)

  // a product with a photo from the camera
  await page.getByRole("link", { name: "Tambah produk" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Tambah produk" })).toBeVisible()
  expect(await axe(page)).toEqual([])
  await page.getByLabel("Nama produk (Indonesia)").fill("Kain Batik Tulis Sawat Penganten")
  await page.getByLabel("Nama produk (Inggris)").fill("Sawat Penganten Hand-drawn Batik Cloth")
  await page.getByLabel("Deskripsi (Indonesia)").fill("Batik tulis motif sawat penganten, pewarna alam, dari Trusmi.")
  await page.getByLabel("Deskripsi (Inggris)").fill("Hand-drawn sawat penganten batik, natural dyes, from Trusmi.")
  await page.getByLabel("Kategori").selectOption("batik-tulis")
  await page.getByLabel("Bahan (Indonesia)").fill("katun primissima")
  await page.getByLabel("Bahan (Inggris)").fill("primissima cotton")
  await page.getByLabel("Berat (gram)").fill("350")
  await page.getByLabel("Nama varian (Indonesia)").first().fill("2 x 1,15 m")
  await page.getByLabel("Nama varian (Inggris)").first().fill("2 x 1.15 m")
  await page.getByLabel("Harga (Rp)").first().fill("950000")
  await page.getByLabel("Harga ekspor (USD, boleh kosong)").first().fill("58")
  await page.getByLabel("Stok").first().fill("3")
  const photoInput = page.locator('input[type="file"][name="photos"]')
  await expect(photoInput).toHaveAttribute("capture", "environment")
  await photoInput.setInputFiles({ name: "IMG_0001.jpg", mimeType: "image/jpeg", buffer: await cameraPhoto(page) })
  await page.getByRole("button", { name: "Simpan dan kirim ke kurator" }).click()

  // sent to the curators: the product page says so, the photo is kept, the dashboard counts it
  await expect(page.getByText("Terkirim ke kurator.")).toBeVisible({ timeout: 60_000 })
  await expect(page.locator("[data-curation]").first()).toHaveText("Diperiksa kurator")
  await expect(page.locator(".photos img")).toHaveCount(1)
  await expect(page.getByLabel("Harga (Rp)").first()).toHaveValue("950000")
  await page.getByRole("link", { name: "Kembali ke dasbor" }).click()
  const row = page.locator("li[data-product]")
  await expect(row).toHaveCount(1)
  await expect(row).toContainText("Kain Batik Tulis Sawat Penganten")
  await expect(row.locator("[data-curation]")).toHaveText("Diperiksa kurator")

  // the English portal, and sign out
  await page.goto("/en/mitra/dasbor")
  await expect(page.getByRole("heading", { level: 2, name: "Products" })).toBeVisible()
  await expect(row.locator("[data-curation]")).toHaveText("With the curators")
  await page.getByRole("button", { name: "Sign out" }).click()
  await expect(page.getByRole("heading", { level: 2, name: "Sign in" })).toBeVisible()
  await page.goto("/mitra/dasbor")
  await expect(page).toHaveURL(/\/mitra$/)
})
