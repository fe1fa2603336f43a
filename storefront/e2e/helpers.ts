import { expect, type Page } from "@playwright/test"

/** Waits until the island around `selector` has hydrated (Astro drops the `ssr` attribute then). */
export async function hydrated(page: Page, selector: string) {
  const island = page
    .locator("astro-island")
    .filter({ has: page.locator(selector) })
    .first()
  await island.scrollIntoViewIfNeeded()
  await expect(island).not.toHaveAttribute("ssr")
}
