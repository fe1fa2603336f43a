import { expect, test } from "@playwright/test"
import { hydrated } from "./helpers"

/**
 * The gallery under test has Stripe configured with offline keys (Medusa's Stripe provider and the
 * storefront's publishable key) on a machine with no route to Stripe: everything up to that
 * boundary is exercised, and a card payment that cannot go through must not lose the cart.
 */
test("card payment is offered when Stripe is configured; when Stripe cannot be reached the buyer is told and bank transfer still works", async ({
  page,
}) => {
  await page.goto("/en/produk/kursi-rotan-teras-rotan-tegal-asri")
  await hydrated(page, ".add-to-cart")
  await hydrated(page, ".cart-button")
  await page.getByRole("button", { name: "Add to cart" }).click()
  await page.getByRole("dialog", { name: "Cart" }).getByRole("link", { name: "Go to checkout" }).click()
  await hydrated(page, ".checkout")
  await page.getByLabel("Email", { exact: true }).fill("buyer@example.ae")
  await page.getByLabel("First name").fill("Omar")
  await page.getByLabel("Last name").fill("Haddad")
  await page.getByLabel("Address", { exact: true }).fill("Sheikh Zayed Road 1")
  await page.getByLabel("City", { exact: true }).fill("Dubai")
  await page.getByLabel("Postal code").fill("00000")
  await page.getByLabel("Country").selectOption("ae")
  await page.getByRole("button", { name: "Continue" }).click()
  await page.getByRole("radio", { name: /Air cargo/ }).check()

  const card = page.getByRole("radio", { name: "Credit or debit card (Stripe)" })
  await expect(card).toBeVisible()
  await expect(page.getByRole("radio", { name: "Bank transfer (manual)" })).toBeChecked()
  await card.check()
  await page.getByRole("button", { name: "Place order" }).click()
  await expect(page.getByRole("alert")).toContainText("The order could not be placed:")
  await expect(page).toHaveURL(/\/en\/checkout/)

  await page.getByRole("radio", { name: "Bank transfer (manual)" }).check()
  await page.getByRole("button", { name: "Place order" }).click()
  await expect(page.getByRole("heading", { name: "Thank you, we have received your order" })).toBeVisible()
})
