import type { APIRoute } from "astro"
import { z } from "zod"
import { cartPath, LocaleField, problemResponse, readBody, toView } from "../../../features/cart/api.server"
import { paymentProviders, setShipping } from "../../../features/cart/cart.server"

const ShippingBody = z
  .object({
    option_id: z.string().regex(/^so_[A-Z0-9]{10,40}$/i, "option_id is not a shipping option id"),
    locale: LocaleField,
  })
  .strict()

/** Chooses the shipping option; answers with the payment providers of the cart's region. */
export const POST: APIRoute = async (context) => {
  const body = await readBody(context.request, ShippingBody)
  if (!body.ok) return body.response
  try {
    const cart = await setShipping(context.cookies, body.data.locale, body.data.option_id)
    return Response.json({
      cart: toView(cart),
      payment_providers: await paymentProviders(context.cookies, body.data.locale),
    })
  } catch (error) {
    return problemResponse(error, body.data.locale, true, context, cartPath(body.data.locale))
  }
}
