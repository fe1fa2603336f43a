import AxeBuilder from "@axe-core/playwright"
import { expect, test } from "@playwright/test"
import { hydrated } from "./helpers"

test("a buyer searches with a typo, sees suggestions, narrows by a facet, shares the URL and goes back", async ({
  page,
}) => {
  await page.goto("/")
  await hydrated(page, ".searchbox")
  const box = page.getByRole("combobox", { name: "Cari produk" })
  await box.fill("kursi rot")
  const suggestions = page.getByRole("listbox", { name: "Saran" })
  await expect(suggestions.getByRole("option").first()).toContainText("Kursi")
  await box.fill("batk tulis")
  await box.press("Enter")
  await expect(page).toHaveURL(/\/cari\?q=batk\+tulis/)
  await expect(page.getByRole("heading", { level: 1 })).toContainText("batk tulis")
  await expect(page.locator(".card .name").first()).toContainText("Batik Tulis")

  // narrow to one kecamatan: the URL says so, so it can be shared
  const firstKecamatan = page.getByRole("group", { name: "Kecamatan" }).getByRole("checkbox").first()
  await firstKecamatan.check()
  await page.getByRole("button", { name: "Terapkan saringan" }).click()
  await expect(page).toHaveURL(/kecamatan=/)
  const narrowed = await page.getByRole("status").filter({ hasText: "hasil" }).textContent()
  const shared = page.url()
  await page.goBack()
  await expect(page).toHaveURL(/\/cari\?q=batk\+tulis$/)
  await page.goto(shared)
  await expect(page.getByRole("status").filter({ hasText: "hasil" })).toHaveText(narrowed ?? "")

  // nothing found: alternatives and categories are offered, in English too
  await page.goto("/en/cari?q=qwxzj+vbnmk")
  await expect(page.getByText("No products match.")).toBeVisible()
  await expect(page.getByText("Or browse a category:")).toBeVisible()

  // compounds both ways, and a query nothing has every word of keeps its first words and says so
  await page.goto("/cari?q=megamendung")
  await expect(page.locator(".card .name").first()).toContainText("Mega Mendung")
  await page.goto("/en/cari?q=mega+mendung+scarf")
  await expect(page.getByTestId("relaxed")).toHaveText("Nothing has all your words; these results leave out “scarf”.")
  await expect(page.locator(".card .name").first()).toContainText("Mega Mendung")

  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze()).violations,
  ).toEqual([])
  await page.goto("/cari?q=rotan")
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze()).violations,
  ).toEqual([])

  // a suggestion opens its product with a tap, as Enter does
  await page.goto("/en/")
  await hydrated(page, ".searchbox")
  await page.getByRole("combobox", { name: "Search products" }).fill("topeng")
  const option = page.getByRole("listbox").getByRole("option").first()
  await expect(option).toBeVisible()
  await option.click()
  await expect(page).toHaveURL(/\/en\/produk\/[a-z0-9-]+$/)
})
