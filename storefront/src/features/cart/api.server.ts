import type { APIContext } from "astro"
import { z } from "zod"
import type { Locale } from "../../i18n/ui"
import { type Cart, CartProblem } from "./cart.server"

/** What islands get back: the cart in a compact, display-ready shape. */
export type CartView = {
  id: string
  currency: string
  email: string | null
  count: number
  subtotal: number
  shipping: number
  tax: number
  total: number
  items: {
    id: string
    title: string
    variant: string
    quantity: number
    unit_price: number
    total: number
    thumbnail: string | null
    max: number | null
  }[]
  shipping_method: string | null
  address: {
    first_name: string
    last_name: string
    address_1: string
    city: string
    province: string
    postal_code: string
    country_code: string
    phone: string
  } | null
  countries: { code: string; name: string }[]
}

export function toView(cart: Cart | null): CartView | null {
  if (!cart) return null
  const items = (cart.items ?? []).map((item) => {
    const variant = item.variant as { manage_inventory?: boolean; inventory_quantity?: number } | null | undefined
    return {
      id: item.id,
      title: item.product_title ?? item.title,
      variant: item.variant_title ?? "",
      quantity: item.quantity,
      unit_price: Number(item.unit_price),
      total: Number(item.total ?? Number(item.unit_price) * item.quantity),
      thumbnail: item.thumbnail ?? null,
      max: variant?.manage_inventory ? Number(variant.inventory_quantity ?? 0) : null,
    }
  })
  const a = cart.shipping_address
  return {
    id: cart.id,
    currency: cart.currency_code,
    email: cart.email ?? null,
    count: items.reduce((n, i) => n + i.quantity, 0),
    subtotal: Number(cart.item_subtotal ?? cart.subtotal ?? 0),
    shipping: Number(cart.shipping_total ?? 0),
    tax: Number(cart.tax_total ?? 0),
    total: Number(cart.total ?? 0),
    items,
    shipping_method: cart.shipping_methods?.[0]?.shipping_option_id ?? null,
    address: a?.address_1
      ? {
          first_name: a.first_name ?? "",
          last_name: a.last_name ?? "",
          address_1: a.address_1 ?? "",
          city: a.city ?? "",
          province: a.province ?? "",
          postal_code: a.postal_code ?? "",
          country_code: a.country_code ?? "",
          phone: a.phone ?? "",
        }
      : null,
    countries: (cart.region?.countries ?? []).map((c) => ({
      code: c.iso_2 ?? "",
      name: c.display_name ?? c.iso_2 ?? "",
    })),
  }
}

export const LocaleField = z.enum(["id", "en"]).default("id")

/** Reads a JSON or form body and validates it; a bad body is a 400 with a readable message, never a 500. */
export async function readBody<T extends z.ZodTypeAny>(
  request: Request,
  schema: T,
): Promise<{ ok: true; data: z.infer<T>; json: boolean } | { ok: false; response: Response }> {
  const json = (request.headers.get("content-type") ?? "").includes("application/json")
  let raw: unknown
  try {
    raw = json ? await request.json() : Object.fromEntries((await request.formData()).entries())
  } catch {
    return { ok: false, response: Response.json({ message: "The request body could not be read." }, { status: 400 }) }
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ")
    return { ok: false, response: Response.json({ message }, { status: 400 }) }
  }
  return { ok: true, data: parsed.data, json }
}

const MESSAGES: Record<CartProblem["code"], Record<Locale, string>> = {
  out_of_stock: {
    id: "Stok tidak mencukupi untuk jumlah ini. Kurangi jumlah atau pilih produk lain.",
    en: "Not enough stock for this quantity. Lower the quantity or choose another product.",
  },
  invalid: { id: "Permintaan tidak dapat diproses:", en: "The request could not be processed:" },
  not_found: { id: "Keranjang atau barang tidak ditemukan.", en: "The cart or item was not found." },
  unavailable: {
    id: "Toko sedang tidak dapat dihubungi. Silakan coba lagi sebentar lagi.",
    en: "The shop cannot be reached right now. Please try again shortly.",
  },
}

/** Turns a cart problem into a JSON answer (islands) or a redirect with a message (plain forms). */
export function problemResponse(error: unknown, locale: Locale, json: boolean, context: APIContext, back: string) {
  if (!(error instanceof CartProblem)) throw error
  const status =
    error.code === "unavailable" ? 503 : error.code === "not_found" ? 404 : error.code === "out_of_stock" ? 409 : 400
  const message =
    error.code === "invalid" ? `${MESSAGES.invalid[locale]} ${error.message}` : MESSAGES[error.code][locale]
  if (json) return Response.json({ code: error.code, message }, { status })
  return context.redirect(`${back}?${new URLSearchParams({ pesan: error.code })}`, 303)
}

export function cartPath(locale: Locale) {
  return locale === "en" ? "/en/keranjang" : "/keranjang"
}
