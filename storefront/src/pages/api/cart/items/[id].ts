import type { APIRoute } from "astro"
import { z } from "zod"
import { cartPath, LocaleField, problemResponse, readBody, toView } from "../../../../features/cart/api.server"
import { updateItem } from "../../../../features/cart/cart.server"

const UpdateBody = z
  .object({
    quantity: z.coerce.number().int("quantity is a whole number").min(0, "quantity is 0 (remove) or more").max(1000),
    locale: LocaleField,
  })
  .strict()

/** Changes a line's quantity; 0 removes it. */
export const POST: APIRoute = async (context) => {
  const body = await readBody(context.request, UpdateBody)
  if (!body.ok) return body.response
  const lineId = context.params.id ?? ""
  try {
    const cart = await updateItem(context.cookies, body.data.locale, lineId, body.data.quantity)
    if (body.json) return Response.json({ cart: toView(cart) })
    return context.redirect(cartPath(body.data.locale), 303)
  } catch (error) {
    return problemResponse(error, body.data.locale, body.json, context, cartPath(body.data.locale))
  }
}
