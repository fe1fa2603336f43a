import AxeBuilder from "@axe-core/playwright"
import { expect, type Page, test } from "@playwright/test"
import { hydrated } from "./helpers"

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)
}

test("home, category, product, MSME, cart and checkout have no WCAG 2 A/AA violations", async ({ page }) => {
  for (const path of ["/", "/en/", "/kategori/batik-cap", "/umkm/batik-wadas-arum", "/keranjang"]) {
    await page.goto(path)
    expect(await violations(page), path).toEqual([])
  }
  await page.goto("/kategori/shrimp-paste")
  // a product in stock (some demo products are sold out on purpose)
  await page.locator(".card a", { hasText: "Terasi Udang Premium 500 g" }).first().click()
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  expect(await violations(page), "product page").toEqual([])
  await hydrated(page, ".add-to-cart")
  await hydrated(page, ".cart-button")
  await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
  await page.getByRole("dialog").getByRole("link", { name: "Lanjut ke pembayaran" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Pembayaran" })).toBeVisible()
  await hydrated(page, ".checkout")
  expect(await violations(page), "checkout page").toEqual([])
  await page.goto("/keranjang")
  expect(await violations(page), "cart with an item").toEqual([])
})
