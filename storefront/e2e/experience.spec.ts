import { readFileSync } from "node:fs"
import { join } from "node:path"
import AxeBuilder from "@axe-core/playwright"
import { expect, type Page, test } from "@playwright/test"

/**
 * The storefront as a new buyer meets it, at a phone's 390 px and a desktop's 1280 px: a header
 * that leaves the first screen to the products, a menu that works with and without JavaScript,
 * cards that name their maker, and a product page that reads as a buyer decides. Screenshots of
 * each page at both widths are kept in test-results/screenshots for a reviewer to look at.
 */
const SHOTS = join(import.meta.dirname, "..", "test-results", "screenshots")
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 800 }

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)
}

/** A full-page screenshot once every lazy picture has loaded (scrolled past, then awaited). */
async function shot(page: Page, name: string) {
  // nothing sticks out sideways: a phone page never scrolls horizontally
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name}: page width`).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  )
  await page.evaluate(async () => {
    for (const img of document.querySelectorAll<HTMLImageElement>("img[loading=lazy]")) img.loading = "eager"
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y)
      await new Promise((r) => requestAnimationFrame(r))
    }
    window.scrollTo(0, 0)
    await Promise.all(
      [...document.images].map((img) =>
        img.complete
          ? null
          : new Promise((r) => {
              img.addEventListener("load", r, { once: true })
              img.addEventListener("error", r, { once: true })
            }),
      ),
    )
  })
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })
}

/** Draws a PDF's first page in the browser with PDF.js (the copy the commerce tests read PDFs with) and screenshots it. */
async function shootPdf(page: Page, pdf: Buffer, name: string) {
  const build = join(import.meta.dirname, "..", "..", "commerce", "node_modules", "pdfjs-dist", "legacy", "build")
  await page.setContent('<body style="margin:0;background:#777"><canvas id="sheet"></canvas></body>')
  await page.evaluate(
    async ([lib, worker, data, width]) => {
      const url = (src: string) => URL.createObjectURL(new Blob([src], { type: "text/javascript" }))
      const pdfjs = await import(/* @vite-ignore */ url(lib!))
      pdfjs.GlobalWorkerOptions.workerSrc = url(worker!)
      const doc = await pdfjs.getDocument({ data: Uint8Array.from(atob(data!), (c) => c.charCodeAt(0)) }).promise
      const sheet = await doc.getPage(1)
      const viewport = sheet.getViewport({ scale: Number(width) / sheet.getViewport({ scale: 1 }).width })
      const canvas = document.getElementById("sheet") as HTMLCanvasElement
      canvas.width = viewport.width
      canvas.height = viewport.height
      await sheet.render({ canvasContext: canvas.getContext("2d")!, viewport }).promise
    },
    [
      readFileSync(join(build, "pdf.min.mjs"), "utf8"),
      readFileSync(join(build, "pdf.worker.min.mjs"), "utf8"),
      pdf.toString("base64"),
      String(page.viewportSize()!.width),
    ],
  )
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })
}

test("the phone header is logo, cart, menu and search in at most 120 px; the menu holds categories, currency and language", async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  await page.goto("/")
  const header = await page.locator("header.site").boundingBox()
  expect(header!.height).toBeLessThanOrEqual(120)
  await expect(page.locator("header.site .brand")).toBeVisible()
  await expect(page.locator("header.site .searchbox input")).toBeVisible()
  await expect(page.locator("header.site .cart-button")).toBeVisible()
  // the first product card starts on the first screen
  expect((await page.locator(".card").first().boundingBox())!.y).toBeLessThan(PHONE.height)
  await shot(page, "home-390")

  const menu = page.locator("header .menu")
  await expect(menu.getByRole("link", { name: "Batik Tulis" })).toBeHidden()
  await menu.locator("summary").click()
  await expect(menu.getByRole("link", { name: "Batik Tulis" })).toBeVisible()
  await expect(menu.getByLabel("Wilayah dan mata uang")).toBeVisible()
  await expect(menu.getByRole("link", { name: "English" })).toBeVisible()
  expect(await violations(page), "home with the menu open").toEqual([])
  await shot(page, "menu-390")
  // Escape closes it
  await page.keyboard.press("Escape")
  await expect(menu.getByRole("link", { name: "Batik Tulis" })).toBeHidden()

  // a currency picked in the menu applies at once: no Apply step with JavaScript
  await menu.locator("summary").click()
  await expect(menu.getByRole("button", { name: "Terapkan" })).toBeHidden()
  await menu.getByLabel("Wilayah dan mata uang").selectOption({ label: "Singapura (SGD)" })
  await expect(page.locator(".card .price").first()).toContainText("SGD")

  // at 1280 px the main links sit in the header itself
  await page.setViewportSize(DESKTOP)
  await page.goto("/")
  await expect(
    page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Kategori" }),
  ).toBeVisible()
  // one row: no link breaks onto a second line
  expect((await page.locator("header.site").boundingBox())!.height).toBeLessThanOrEqual(72)
  for (const link of await page.locator("header.site .links a").all())
    expect((await link.boundingBox())!.height, (await link.textContent()) ?? "").toBeLessThan(30)
  await shot(page, "home-1280")
})

test("without JavaScript the menu opens and its currency form applies with its button", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE })
  const page = await context.newPage()
  await page.goto("/kategori/batik-tulis")
  const menu = page.locator("header .menu")
  await menu.locator("summary").click()
  await expect(menu.getByRole("link", { name: "Batik Tulis" })).toBeVisible()
  await menu.getByLabel("Wilayah dan mata uang").selectOption({ label: "Malaysia (MYR)" })
  await menu.getByRole("button", { name: "Terapkan" }).click()
  await expect(page.locator(".card .price").first()).toContainText("MYR")
  await context.close()
})

test("every product card names its maker and kecamatan: same-titled products tell apart", async ({ page }) => {
  for (const path of ["/", "/en/", "/kategori/batik-tulis", "/umkm/batik-wadas-arum"]) {
    await page.goto(path)
    const cards = page.locator(".card")
    const count = await cards.count()
    expect(count, path).toBeGreaterThan(0)
    await expect(page.locator(".card .by"), path).toHaveCount(count)
    // two cards with one title have two different makers
    const rows = await cards.evaluateAll((els) =>
      els.map((el) => [el.querySelector(".name")?.textContent ?? "", el.querySelector(".by")?.textContent ?? ""]),
    )
    const byTitle = new Map<string, Set<string>>()
    for (const [title, by] of rows) byTitle.set(title!, (byTitle.get(title!) ?? new Set()).add(`${by}`))
    for (const [title, makers] of byTitle)
      expect(makers.size, `${path}: ${title}`).toBe(rows.filter(([t]) => t === title).length)
  }
  // the home page's two Mega Mendung cloths come from two MSMEs, and say so
  await page.goto("/en/")
  const megaMendung = page.locator(".card", { hasText: "Mega Mendung Hand-drawn Batik Cloth" })
  if ((await megaMendung.count()) > 1) {
    const makers = await megaMendung.locator(".by").allTextContents()
    expect(new Set(makers).size).toBe(makers.length)
  }
})

test("the product page reads as a buyer decides: photos, title, maker, price, buy, then the story; the export quote is folded", async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP)
  await page.goto("/en/produk/kursi-rotan-teras-rotan-tegal-asri")
  const title = (await page.getByRole("heading", { level: 1 }).boundingBox())!
  const maker = (await page.locator(".summary .maker").boundingBox())!
  const price = (await page.locator(".add-to-cart .price").boundingBox())!
  const description = (await page.locator(".summary .about p").first().boundingBox())!
  expect(maker.y).toBeGreaterThan(title.y)
  expect(price.y).toBeGreaterThan(maker.y)
  // no blank block between the maker and the price; the description starts on the first screen
  expect(price.y - (maker.y + maker.height)).toBeLessThan(120)
  expect(description.y).toBeLessThan(DESKTOP.height)
  // every value in the page's language: the material is English on the English page
  const material = page.locator(".facts dt", { hasText: "Material" }).locator("xpath=following-sibling::dd[1]")
  await expect(material).toContainText(/rattan/i)
  await expect(material).not.toContainText(/rotan/i)
  // the quote form is folded; its link near the price unfolds it in place
  await expect(page.locator(".inquiry-form")).toBeHidden()
  await shot(page, "product-1280")
  await page.getByRole("link", { name: "Request an export quote" }).click()
  await expect(page.locator(".inquiry-form")).toBeVisible()
  expect(page.url()).not.toContain("ekspor=1")
  expect(await violations(page), "product page with the quote form open").toEqual([])

  await page.setViewportSize(PHONE)
  await page.goto("/produk/kursi-rotan-teras-rotan-tegal-asri")
  // on a phone the folded form costs one line, not 2,000 px of fields
  const folded = (await page.locator("details.inquiry").boundingBox())!
  expect(folded.height).toBeLessThan(120)
  await expect(page.locator(".facts dt", { hasText: "Bahan" }).locator("xpath=following-sibling::dd[1]")).toContainText(
    /rotan/i,
  )
  await shot(page, "product-390")
  // a buyer who came for export finds it open: by a link with ?ekspor, or from a search of export-ready products
  await page.goto("/en/produk/kursi-rotan-teras-rotan-tegal-asri?ekspor=1")
  await expect(page.locator(".inquiry-form")).toBeVisible()
  await page.goto("/en/cari?q=rotan&ekspor=1")
  await page.locator(".card a").first().click()
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  await expect(page.locator(".inquiry-form")).toBeVisible()
  await page.goto("/en/cari?q=rotan")
  await page.locator(".card a").first().click()
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  await expect(page.locator(".inquiry-form")).toBeHidden()
})

test("the MSME directory filters by kecamatan and craft, its map's tiles lead to each kecamatan's MSMEs", async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  await page.goto("/umkm")
  await expect(page.getByRole("heading", { level: 1, name: "Direktori UMKM" })).toBeVisible()
  const all = Number((await page.locator("#hasil [role=status]").textContent())!.match(/\d+/)![0])
  expect(all).toBeGreaterThan(10)
  await expect(page.locator(".msme").first().locator(".story")).not.toBeEmpty()
  expect(await violations(page), "directory").toEqual([])
  await shot(page, "directory-390")

  // filter by craft with the plain form
  await page.getByLabel("Kriya atau kuliner").selectOption("rattan-furniture")
  await page.getByRole("button", { name: "Tampilkan" }).click()
  await expect(page).toHaveURL(/kriya=rattan-furniture/)
  const rattan = page.locator(".msme")
  expect(await rattan.count()).toBeGreaterThan(0)
  for (const where of await rattan.locator(".where").allTextContents()) expect(where).toMatch(/Mebel Rotan|Rattan/i)

  // the map: Plered's tile lists Plered's MSMEs (the craft filter kept)
  await page.goto("/umkm")
  const tile = page.locator(".kecamatan-map a[data-kecamatan='Plered']")
  await expect(tile.locator("title")).toHaveText(/^Plered: \d+ UMKM$/)
  const onMap = Number((await tile.locator("title").textContent())!.match(/(\d+) UMKM/)![1])
  expect(onMap).toBeGreaterThan(0)
  await tile.click()
  await expect(page).toHaveURL(/kecamatan=Plered/)
  await expect(page.locator(".msme")).toHaveCount(onMap)
  for (const where of await page.locator(".msme .where").allTextContents()) expect(where).toContain("Plered")
  await expect(page.locator(".kecamatan-map a[aria-current='true']")).toHaveAttribute("data-kecamatan", "Plered")

  await page.setViewportSize(DESKTOP)
  await page.goto("/en/umkm")
  await expect(page.getByRole("heading", { level: 1, name: "MSME directory" })).toBeVisible()
  // the 40 kecamatan, each a link
  await expect(page.locator(".kecamatan-map a")).toHaveCount(40)
  await shot(page, "directory-1280")
})

test("the visit page gives the showroom's address, hours and directions; a product says whether it is there today", async ({
  page,
  request,
}) => {
  for (const [path, hours] of [
    ["/kunjungi", "Senin–Jumat"],
    ["/en/kunjungi", "Monday–Friday"],
  ] as const) {
    await page.goto(path)
    await expect(page.locator("address")).toContainText("Sumber")
    await expect(page.locator("table.hours")).toContainText(hours)
    await expect(page.getByRole("link", { name: /OpenStreetMap/ })).toHaveAttribute("href", /openstreetmap\.org/)
    expect(await violations(page), path).toEqual([])
  }
  await page.setViewportSize(PHONE)
  await page.goto("/kunjungi")
  await shot(page, "visit-390")

  // a product held in the showroom says so, with the count, and links to the visit page
  const handle = "terasi-udang-premium-500g-terasi-losari-udang-mas"
  const medusa = process.env.MEDUSA_URL ?? "http://localhost:9000"
  const key = process.env.MEDUSA_PUBLISHABLE_KEY ?? ""
  const details = await (
    await request.get(`${medusa}/store/gallery/products/${handle}`, { headers: { "x-publishable-api-key": key } })
  ).json()
  await page.goto(`/en/produk/${handle}`)
  const showroom = page.locator(".showroom")
  if (details.at_gallery?.available > 0) {
    await expect(showroom).toContainText("At the gallery today")
    await expect(showroom).toContainText(String(details.at_gallery.available))
    await showroom.getByRole("link").click()
    await expect(page).toHaveURL(/\/en\/kunjungi/)
  } else await expect(showroom).toContainText("Not in the showroom")
})

test("a shelf tag's short address opens the product page in the phone's language", async ({ browser }) => {
  // the phone's language is what the browser sends as Accept-Language
  for (const [language, expected] of [
    ["en-GB", "/en/produk/kursi-rotan-teras-rotan-tegal-asri"],
    ["id-ID", "/produk/kursi-rotan-teras-rotan-tegal-asri"],
    ["ms-MY", "/en/produk/kursi-rotan-teras-rotan-tegal-asri"],
  ] as const) {
    const context = await browser.newContext({ locale: language })
    const page = await context.newPage()
    await page.goto("/p/kursi-rotan-teras-rotan-tegal-asri")
    expect(new URL(page.url()).pathname.replace(/\/$/, "")).toBe(expected)
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    // the story, the cart and the export inquiry are on the page it lands on
    await expect(page.locator("#story")).toBeVisible()
    await expect(page.locator(".add-to-cart")).toBeVisible()
    await expect(page.locator("details.inquiry")).toBeVisible()
    await context.close()
  }
})

test("staff choose products in Medusa Admin and print their shelf tags as an A4 PDF", async ({ page, request }) => {
  const medusa = process.env.MEDUSA_URL ?? "http://localhost:9000"
  const admin = { email: process.env.STAFF_EMAIL ?? "", password: process.env.STAFF_PASSWORD ?? "" }
  await page.setViewportSize(DESKTOP)
  await page.goto(`${medusa}/app/login`)
  await page.getByRole("textbox", { name: "Email" }).fill(admin.email)
  await page.getByPlaceholder("Password").fill(admin.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((url) => !url.pathname.includes("login"))
  await page.goto(`${medusa}/app/shelf-tags`)
  await expect(page.getByRole("heading", { level: 1, name: "Shelf tags for the showroom" })).toBeVisible()
  await page.getByRole("searchbox").fill("Kursi Rotan")
  const chair = page.locator("[data-product='kursi-rotan-teras-rotan-tegal-asri']")
  await chair.getByRole("button", { name: /^Add/ }).click()
  await page.getByRole("searchbox").fill("Terasi")
  await page
    .locator("[data-product='terasi-udang-premium-500g-terasi-losari-udang-mas']")
    .getByRole("button", { name: /^Add/ })
    .click()
  await expect(page.getByRole("heading", { name: "Chosen (2)" })).toBeVisible()
  const print = page.getByRole("link", { name: "Print tags (PDF)" })
  const href = (await print.getAttribute("href"))!
  // the PDF the link opens, with the staff member's session
  const token = (await (await request.post(`${medusa}/auth/user/emailpass`, { data: admin })).json()).token as string
  const pdf = await request.get(`${medusa}${href}`, { headers: { authorization: `Bearer ${token}` } })
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()["content-type"]).toBe("application/pdf")
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-")
  await shot(page, "shelf-tags-admin-1280")
  // the label sheet itself, drawn at both widths
  const body = await pdf.body()
  await shootPdf(page, body, "shelf-tags-sheet-1280")
  await page.setViewportSize(PHONE)
  await shootPdf(page, body, "shelf-tags-sheet-390")
})
