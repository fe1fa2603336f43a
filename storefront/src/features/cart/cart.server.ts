import type { HttpTypes } from "@medusajs/types"
import type { AstroCookies } from "astro"
import { type Locale, MEDUSA_LOCALE } from "../../i18n/ui"
import { secureCookies } from "../../lib/cookies.server"
import { sdk } from "../../lib/medusa.server"
import { currentRegion } from "../region/region.server"

/**
 * The cart, kept by Medusa; the browser holds only its id in an httpOnly cookie. Every change goes
 * through Medusa's Store API with the official JS SDK, from the server: islands and plain forms both
 * call the endpoints under /api/cart and /api/checkout.
 */
export const CART_COOKIE = "gc_cart"
const CART_FIELDS =
  "id,email,currency_code,region_id,subtotal,item_subtotal,shipping_total,tax_total,total,*items,*items.variant,+items.variant.inventory_quantity,*shipping_address,*shipping_methods,*payment_collection,*payment_collection.payment_sessions,*region,*region.countries"

export type Cart = HttpTypes.StoreCart

export class CartProblem extends Error {
  constructor(
    readonly code: "out_of_stock" | "invalid" | "not_found" | "unavailable",
    message: string,
  ) {
    super(message)
  }
}

function problemFrom(error: unknown): CartProblem {
  const status = (error as { status?: number }).status
  const message = error instanceof Error ? error.message : String(error)
  if (/inventory|stock|quantity/i.test(message) && status && status < 500)
    return new CartProblem("out_of_stock", message)
  if (status === 404) return new CartProblem("not_found", message)
  if (status && status < 500) return new CartProblem("invalid", message)
  return new CartProblem("unavailable", message)
}

async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    throw problemFrom(error)
  }
}

const headersFor = (locale: Locale) => ({ "x-medusa-locale": MEDUSA_LOCALE[locale] })

export async function readCart(cookies: AstroCookies, locale: Locale): Promise<Cart | null> {
  const id = cookies.get(CART_COOKIE)?.value
  if (!id) return null
  try {
    const { cart } = await sdk.store.cart.retrieve(id, { fields: CART_FIELDS }, headersFor(locale))
    if ((cart as { completed_at?: string | null }).completed_at) return null
    return cart
  } catch (error) {
    const problem = problemFrom(error)
    if (problem.code === "not_found") {
      cookies.delete(CART_COOKIE, { path: "/" })
      return null
    }
    throw problem
  }
}

/** The cart as the buyer should see it now: moved to the buyer's region (and so currency) when they picked another. */
export async function currentCart(cookies: AstroCookies, locale: Locale): Promise<Cart | null> {
  const cart = await readCart(cookies, locale)
  if (!cart) return null
  const region = await currentRegion(cookies, locale)
  if (cart.region_id === region.id) return cart
  const { cart: moved } = await call(() =>
    sdk.store.cart.update(cart.id, { region_id: region.id }, { fields: CART_FIELDS }, headersFor(locale)),
  )
  return moved
}

function remember(cookies: AstroCookies, cart: Cart) {
  cookies.set(CART_COOKIE, cart.id, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    maxAge: 60 * 60 * 24 * 30,
  })
}

/** The buyer's cart in the buyer's region: created on first use, moved when the region changes. */
export async function ensureCart(cookies: AstroCookies, locale: Locale): Promise<Cart> {
  const region = await currentRegion(cookies, locale)
  const existing = await readCart(cookies, locale)
  if (existing && existing.region_id === region.id) return existing
  if (existing) {
    const { cart } = await call(() =>
      sdk.store.cart.update(existing.id, { region_id: region.id }, { fields: CART_FIELDS }, headersFor(locale)),
    )
    return cart
  }
  const { cart } = await call(() =>
    sdk.store.cart.create(
      { region_id: region.id, locale: MEDUSA_LOCALE[locale] } as HttpTypes.StoreCreateCart,
      { fields: CART_FIELDS },
      headersFor(locale),
    ),
  )
  remember(cookies, cart)
  return cart
}

export async function addItem(cookies: AstroCookies, locale: Locale, variantId: string, quantity: number) {
  const cart = await ensureCart(cookies, locale)
  const { cart: updated } = await call(() =>
    sdk.store.cart.createLineItem(
      cart.id,
      { variant_id: variantId, quantity },
      { fields: CART_FIELDS },
      headersFor(locale),
    ),
  )
  return updated
}

export async function updateItem(cookies: AstroCookies, locale: Locale, lineId: string, quantity: number) {
  const cart = await ensureCart(cookies, locale)
  if (quantity <= 0) {
    await call(() => sdk.store.cart.deleteLineItem(cart.id, lineId, {}, headersFor(locale)))
    return (await readCart(cookies, locale)) as Cart
  }
  const { cart: updated } = await call(() =>
    sdk.store.cart.updateLineItem(cart.id, lineId, { quantity }, { fields: CART_FIELDS }, headersFor(locale)),
  )
  return updated
}

export type CheckoutAddress = {
  email: string
  first_name: string
  last_name: string
  address_1: string
  city: string
  province?: string
  postal_code: string
  country_code: string
  phone?: string
}

export async function setAddress(cookies: AstroCookies, locale: Locale, input: CheckoutAddress) {
  const cart = await ensureCart(cookies, locale)
  const { email, ...address } = input
  const { cart: updated } = await call(() =>
    sdk.store.cart.update(
      cart.id,
      { email, shipping_address: address, billing_address: address },
      { fields: CART_FIELDS },
      headersFor(locale),
    ),
  )
  return updated
}

/** An option's name in the page's language: the gallery names its options "Indonesian / English". */
export function shippingName(name: string, locale: Locale): string {
  const [id, en] = name.split(" / ")
  return (locale === "en" ? (en ?? id) : id) ?? name
}

/**
 * The shipping options for the cart's address, each with its price for this cart: the gallery's
 * options are priced by the parcel's chargeable weight (Medusa asks the rate-table provider). A
 * service that cannot carry this parcel there (too heavy, no postal code) is left out.
 */
export async function shippingOptions(cookies: AstroCookies, locale: Locale) {
  const cart = await ensureCart(cookies, locale)
  const { shipping_options } = await call(() =>
    sdk.store.fulfillment.listCartOptions({ cart_id: cart.id }, headersFor(locale)),
  )
  const priced = await Promise.all(
    shipping_options.map(async (o) => {
      if (o.price_type !== "calculated") return { option: o, amount: Number(o.amount ?? 0) }
      try {
        const { shipping_option } = await sdk.store.fulfillment.calculate(
          o.id,
          { cart_id: cart.id },
          {},
          headersFor(locale),
        )
        return { option: o, amount: Number(shipping_option.amount ?? 0) }
      } catch (error) {
        console.warn(
          `[storefront] shipping option ${o.name} not offered for cart ${cart.id}: ${error instanceof Error ? error.message : String(error)}`,
        )
        return null
      }
    }),
  )
  return priced
    .filter((p) => p !== null)
    .map(({ option, amount }) => ({
      id: option.id,
      name: shippingName(option.name, locale),
      amount,
      currency: cart.currency_code,
    }))
}

export async function setShipping(cookies: AstroCookies, locale: Locale, optionId: string) {
  const cart = await ensureCart(cookies, locale)
  const { cart: updated } = await call(() =>
    sdk.store.cart.addShippingMethod(cart.id, { option_id: optionId }, { fields: CART_FIELDS }, headersFor(locale)),
  )
  return updated
}

export async function paymentProviders(cookies: AstroCookies, locale: Locale) {
  const cart = await ensureCart(cookies, locale)
  const { payment_providers } = await call(() =>
    sdk.store.payment.listPaymentProviders({ region_id: cart.region_id as string }, headersFor(locale)),
  )
  return payment_providers.map((p) => p.id)
}

/** Starts a payment session; for Stripe it returns the client secret the Payment Element needs. */
export async function startPayment(cookies: AstroCookies, locale: Locale, providerId: string) {
  const cart = await ensureCart(cookies, locale)
  const { payment_collection } = await call(() =>
    sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, headersFor(locale)),
  )
  const session = payment_collection.payment_sessions?.find((s) => s.provider_id === providerId)
  return { client_secret: (session?.data as { client_secret?: string } | undefined)?.client_secret ?? null }
}

export async function placeOrder(cookies: AstroCookies, locale: Locale): Promise<{ order_id: string }> {
  const cart = await ensureCart(cookies, locale)
  const result = await call(() => sdk.store.cart.complete(cart.id, {}, headersFor(locale)))
  if (result.type !== "order") {
    throw new CartProblem("invalid", result.error?.message ?? "The cart could not be completed")
  }
  cookies.delete(CART_COOKIE, { path: "/" })
  return { order_id: result.order.id }
}
