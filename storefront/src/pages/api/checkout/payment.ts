import type { APIRoute } from "astro"
import { z } from "zod"
import { cartPath, LocaleField, problemResponse, readBody } from "../../../features/cart/api.server"
import { startPayment } from "../../../features/cart/cart.server"

const PaymentBody = z
  .object({
    provider_id: z.enum(["pp_system_default", "pp_stripe_stripe"], {
      error: "provider_id is not a payment method of this shop",
    }),
    locale: LocaleField,
  })
  .strict()

/** Opens a payment session; for Stripe the answer carries the client secret for the Payment Element. */
export const POST: APIRoute = async (context) => {
  const body = await readBody(context.request, PaymentBody)
  if (!body.ok) return body.response
  try {
    return Response.json(await startPayment(context.cookies, body.data.locale, body.data.provider_id))
  } catch (error) {
    return problemResponse(error, body.data.locale, true, context, cartPath(body.data.locale))
  }
}
