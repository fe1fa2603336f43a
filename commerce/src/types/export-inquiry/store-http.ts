import { z } from "@medusajs/framework/zod"
import { CERTIFICATES, CURRENCIES, INCOTERMS, LOCALES, type Locale, UNITS } from "../../modules/export-inquiry/terms"
import { INQUIRY_ERRORS } from "./messages"

const text = (min: number, max: number, error: string) => z.string({ error }).trim().min(min, error).max(max, error)

/** The public inquiry form, with every message in the buyer's language. */
export function submitInquirySchema(locale: Locale) {
  const t = INQUIRY_ERRORS[locale]
  const today = new Date()
  const latest = new Date(today.getTime() + 2 * 366 * 24 * 3600 * 1000)
  const item = z
    .object({
      product_id: z
        .string({ error: t.product })
        .regex(/^prod_[0-9A-Z]{10,40}$/, t.product)
        .optional(),
      title: text(1, 200, t.title).optional(),
      description: text(0, 500, t.description).optional(),
      quantity: z.number({ error: t.quantity }).int(t.quantity).min(1, t.quantity).max(10_000_000, t.quantity),
      unit: z.enum(UNITS, { error: t.unit }),
    })
    .strict()
    .refine((i) => Boolean(i.product_id || i.title), { message: t.item_what, path: ["title"] })
  return z
    .object({
      locale: z.enum(LOCALES).default(locale),
      buyer: z
        .object({
          name: text(2, 120, t.name),
          company: text(0, 160, t.company).optional(),
          email: z.email({ error: t.email }).max(254, t.email),
          country: z
            .string({ error: t.country })
            .trim()
            .toUpperCase()
            .regex(/^[A-Z]{2}$/, t.country),
          phone: z
            .string({ error: t.phone })
            .trim()
            .regex(/^\+?[0-9 ()-]{6,32}$/, t.phone)
            .optional(),
        })
        .strict(),
      items: z.array(item, { error: t.items_min }).min(1, t.items_min).max(20, t.items_max),
      incoterm: z.enum(INCOTERMS, { error: t.incoterm }),
      destination: text(2, 120, t.destination),
      target_price: z.number({ error: t.target_price }).positive(t.target_price).max(1e12, t.target_price).optional(),
      currency: z.enum(CURRENCIES, { error: t.currency }),
      certificates: z
        .array(z.enum(CERTIFICATES, { error: t.certificates }), { error: t.certificates })
        .max(8, t.certificates)
        .default([])
        .transform((list) => [...new Set(list)]),
      sample_requested: z.boolean().default(false),
      expected_date: z
        .string({ error: t.expected_date })
        .regex(/^\d{4}-\d{2}-\d{2}$/, t.expected_date)
        .refine((d) => {
          const at = new Date(`${d}T00:00:00Z`)
          return !Number.isNaN(at.getTime()) && at.getTime() >= today.getTime() - 86_400_000 && at <= latest
        }, t.expected_date)
        .optional(),
      message: text(1, 4000, t.message),
      /**
       * The form's own id, made when the form is shown: the same form sent again (a retry after a
       * dropped connection, a second click) answers with the inquiry it already made.
       */
      submission_id: z
        .string({ error: t.submission })
        .regex(/^[A-Za-z0-9_-]{16,64}$/, t.submission)
        .optional(),
      /** Honeypot: hidden from people, filled by bots. Checked before validation. */
      website: z.string().max(0).optional(),
    })
    .strict()
}
export type SubmitInquiryBody = z.infer<ReturnType<typeof submitInquirySchema>>

export function replySchema(locale: Locale) {
  const t = INQUIRY_ERRORS[locale]
  return z.object({ body: text(1, 4000, t.body), website: z.string().max(0).optional() }).strict()
}
export type ReplyBody = z.infer<ReturnType<typeof replySchema>>

export function declineSchema(locale: Locale) {
  const t = INQUIRY_ERRORS[locale]
  return z.object({ reason: text(0, 1000, t.reason).optional() }).strict()
}
export type DeclineBody = z.infer<ReturnType<typeof declineSchema>>

export const acceptSchema = (_locale: Locale) => z.object({}).strict()
