import type { APIRoute } from "astro"
import { z } from "zod"
import { cartPath, LocaleField, problemResponse, readBody, toView } from "../../../features/cart/api.server"
import { setAddress, shippingOptions } from "../../../features/cart/cart.server"

const line = (label: string, max = 120) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} is too long`)

const AddressBody = z
  .object({
    email: z.email("email must be an email address such as name@example.com"),
    first_name: line("first_name", 80),
    last_name: line("last_name", 80),
    address_1: line("address_1", 200),
    city: line("city", 80),
    province: z.string().trim().max(80).optional(),
    postal_code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9 -]{3,10}$/, "postal_code must be 3 to 10 letters or digits"),
    country_code: z.string().regex(/^[a-z]{2}$/, "country_code is a two-letter country code"),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,20}$/, "phone must be a phone number such as +62 812 3456 7890")
      .optional()
      .or(z.literal("")),
    locale: LocaleField,
  })
  .strict()

/** Contact and shipping address of a guest; answers with the shipping options for that address. */
export const POST: APIRoute = async (context) => {
  const body = await readBody(context.request, AddressBody)
  if (!body.ok) return body.response
  const { locale, phone, ...address } = body.data
  try {
    const cart = await setAddress(context.cookies, locale, { ...address, ...(phone ? { phone } : {}) })
    const options = await shippingOptions(context.cookies, locale)
    return Response.json({ cart: toView(cart), shipping_options: options })
  } catch (error) {
    return problemResponse(error, locale, true, context, cartPath(locale))
  }
}
