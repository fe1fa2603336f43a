import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { rateLimit } from "../../../lib/rate-limit"
import type { Locale } from "../../../modules/export-inquiry/terms"
import { buyerLocale, INQUIRY_ERRORS } from "./messages"
import { acceptSchema, declineSchema, replySchema, submitInquirySchema } from "./validators"

/**
 * The buyer's request checked with the zod schema in the buyer's language: a 400 that lists each
 * problem by field, never a 500. A filled honeypot (`website`) is refused with a message a person
 * who autofilled it can act on.
 */
function validateInBuyerLanguage(schema: (locale: Locale) => z.ZodType) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const locale = buyerLocale(req.body, req.headers["accept-language"])
    const t = INQUIRY_ERRORS[locale]
    const body = req.body as Record<string, unknown> | undefined
    if (body && typeof body === "object" && typeof body.website === "string" && body.website.length > 0) {
      res
        .status(400)
        .json({ type: "invalid_data", message: t.honeypot, errors: [{ field: "website", message: t.honeypot }] })
      return
    }
    const parsed = schema(locale).safeParse(body ?? {})
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({
        field: issue.path.join("."),
        message: issue.code === "unrecognized_keys" ? `${t.unknown}: ${issue.keys.join(", ")}` : issue.message,
      }))
      res.status(400).json({
        type: "invalid_data",
        message: `${t.invalid}: ${errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join("; ")}`,
        errors,
      })
      return
    }
    ;(req as MedusaRequest & { validatedBody: unknown }).validatedBody = parsed.data
    next()
  }
}

const limited = (name: string, limit: number, windowMs: number) =>
  rateLimit({
    name,
    limit,
    windowMs,
    message: (req) => INQUIRY_ERRORS[buyerLocale(req.body, req.headers["accept-language"])].rate_limited,
  })

/** Per IP: 5 new inquiries per 10 minutes; 30 replies/decisions and 120 page reads per 10 minutes. */
export const INQUIRY_RATE_LIMITS = {
  submit: { limit: 5, windowMs: 10 * 60_000 },
  write: { limit: 30, windowMs: 10 * 60_000 },
  read: { limit: 120, windowMs: 10 * 60_000 },
}

/** Inquiry answers carry the buyer's private data (and the token pages are the buyer's only key): never cached. */
function noStore(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("Referrer-Policy", "no-referrer")
  next()
}

export const storeInquiryMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/inquiries*", middlewares: [noStore] },
  {
    matcher: "/store/inquiries",
    method: "POST",
    middlewares: [
      limited("inquiry-submit", INQUIRY_RATE_LIMITS.submit.limit, INQUIRY_RATE_LIMITS.submit.windowMs),
      validateInBuyerLanguage(submitInquirySchema),
    ],
  },
  {
    matcher: "/store/inquiries/:token",
    method: "GET",
    middlewares: [limited("inquiry-read", INQUIRY_RATE_LIMITS.read.limit, INQUIRY_RATE_LIMITS.read.windowMs)],
  },
  {
    matcher: "/store/inquiries/:token/messages",
    method: "POST",
    middlewares: [
      limited("inquiry-write", INQUIRY_RATE_LIMITS.write.limit, INQUIRY_RATE_LIMITS.write.windowMs),
      validateInBuyerLanguage(replySchema),
    ],
  },
  {
    matcher: "/store/inquiries/:token/accept",
    method: "POST",
    middlewares: [
      limited("inquiry-write", INQUIRY_RATE_LIMITS.write.limit, INQUIRY_RATE_LIMITS.write.windowMs),
      validateInBuyerLanguage(acceptSchema),
    ],
  },
  {
    matcher: "/store/inquiries/:token/decline",
    method: "POST",
    middlewares: [
      limited("inquiry-write", INQUIRY_RATE_LIMITS.write.limit, INQUIRY_RATE_LIMITS.write.windowMs),
      validateInBuyerLanguage(declineSchema),
    ],
  },
]
