import type { APIRoute } from "astro"
import { z } from "zod"
import { cartPath, LocaleField, problemResponse, readBody, toView } from "../../../features/cart/api.server"
import { addItem, currentCart } from "../../../features/cart/cart.server"
import { sameOriginPath } from "../../../lib/edge"

export const GET: APIRoute = async (context) => {
  const locale = context.url.searchParams.get("locale") === "en" ? "en" : "id"
  try {
    return Response.json(
      { cart: toView(await currentCart(context.cookies, locale)) },
      { headers: { "Cache-Control": "no-store" } },
    )
  } catch (error) {
    return problemResponse(error, locale, true, context, cartPath(locale))
  }
}

const AddBody = z
  .object({
    variant_id: z.string().regex(/^variant_[A-Z0-9]{10,40}$/i, "variant_id is not a product variant id"),
    quantity: z.coerce
      .number()
      .int("quantity is a whole number")
      .min(1, "quantity is at least 1")
      .max(1000, "quantity is at most 1000"),
    locale: LocaleField,
    return_to: z.string().max(500).optional(),
  })
  .strict()

/** Adds a variant to the buyer's cart (creating the cart in the buyer's region when needed). */
export const POST: APIRoute = async (context) => {
  const body = await readBody(context.request, AddBody)
  if (!body.ok) return body.response
  const { variant_id, quantity, locale, return_to } = body.data
  try {
    const cart = await addItem(context.cookies, locale, variant_id, quantity)
    if (body.json) return Response.json({ cart: toView(cart) })
    return context.redirect(cartPath(locale), 303)
  } catch (error) {
    const back = sameOriginPath(return_to, context.url.origin, cartPath(locale))
    return problemResponse(error, locale, body.json, context, back)
  }
}
