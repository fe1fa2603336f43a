import { type ChildProcess, spawn } from "node:child_process"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { createServer } from "node:net"
import { join } from "node:path"
import { expect, test } from "@playwright/test"

const DIST = join(import.meta.dirname, "..", "dist")

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

test("when Medusa is down the storefront answers 503 with a clear page, not a crash", async ({ page }) => {
  const port = await freePort()
  const dead = await freePort()
  const server: ChildProcess = spawn("node", [join(DIST, "..", "server.mjs")], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), MEDUSA_BACKEND_URL: `http://127.0.0.1:${dead}` },
    stdio: "ignore",
  })
  try {
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${port}/robots.txt`).catch(() => null))?.status, {
        timeout: 20_000,
      })
      .toBe(200)
    for (const path of ["/", "/en/produk/kursi-rotan-teras-rotan-tegal-asri", "/kategori/batik-tulis"]) {
      const res = await page.goto(`http://127.0.0.1:${port}${path}`)
      expect(res?.status(), path).toBe(503)
      expect(res?.headers()["retry-after"]).toBe("60")
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Galeri sedang tidak dapat dihubungi")
    // search says so too, in the buyer's language
    const search = await page.goto(`http://127.0.0.1:${port}/en/cari?q=batik`)
    expect(search?.status()).toBe(503)
    await expect(page.getByRole("alert")).toContainText("Search is not available right now")
  } finally {
    server.kill()
  }
})

test("no secret reaches the browser: client assets and pages carry no server secrets", async ({ page }) => {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.(js|css|html|json)$/.test(name)) files.push(path)
    }
  }
  walk(join(DIST, "client"))
  expect(files.length).toBeGreaterThan(0)
  const patterns = [
    /sk_(live|test)_/,
    /whsec_/,
    /postgres:\/\//,
    /JWT_SECRET|COOKIE_SECRET|DATABASE_URL/,
    /MEDUSA_BACKEND_URL/,
  ]
  for (const file of files) {
    const text = readFileSync(file, "utf8")
    for (const pattern of patterns) expect(text, `${file} matches ${pattern}`).not.toMatch(pattern)
  }
  await page.goto("/")
  const html = await page.content()
  for (const pattern of patterns) expect(html).not.toMatch(pattern)
})

test("more than the stock gets a clear message and the cart keeps what it had", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const product = "/produk/kursi-rotan-teras-rotan-tegal-asri"
  await page.goto(product)
  const stock = Number((await page.locator(".add-to-cart .stock").textContent())?.replace(/[^0-9]/g, ""))
  expect(stock).toBeGreaterThan(0)
  // the whole stock fits ...
  await page.locator(".add-to-cart").getByLabel("Jumlah").fill(String(stock))
  await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Keranjang belanja" })).toBeVisible()
  // ... one more does not
  await page.goto(product)
  await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
  await expect(page.getByRole("alert")).toHaveText(
    "Stok tidak mencukupi untuk jumlah ini. Kurangi jumlah atau pilih produk lain.",
  )
  await page.goto("/keranjang")
  await expect(page.getByLabel(/^Jumlah:/)).toHaveValue(String(stock))
  await context.close()
})
