import type { APIRoute } from "astro"
import { z } from "zod"
import { cartPath, LocaleField, problemResponse, readBody } from "../../../features/cart/api.server"
import { placeOrder } from "../../../features/cart/cart.server"

const CompleteBody = z.object({ locale: LocaleField }).strict()

/** Completes the cart into an order and forgets the cart; answers with where the confirmation is. */
export const POST: APIRoute = async (context) => {
  const body = await readBody(context.request, CompleteBody)
  if (!body.ok) return body.response
  const { locale } = body.data
  try {
    const { order_id } = await placeOrder(context.cookies, locale)
    return Response.json({ order_id, redirect: `${locale === "en" ? "/en" : ""}/pesanan/${order_id}` })
  } catch (error) {
    return problemResponse(error, locale, true, context, cartPath(locale))
  }
}
