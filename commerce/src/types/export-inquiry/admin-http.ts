import { z } from "@medusajs/framework/zod"
import { CURRENCIES, INCOTERMS, INQUIRY_STATUSES, UNITS } from "../../modules/export-inquiry/terms"

export const ListInquiriesQuery = z
  .object({
    status: z
      .union([z.enum(INQUIRY_STATUSES), z.array(z.enum(INQUIRY_STATUSES))])
      .optional()
      .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
    q: z.string().trim().max(120, "q is at most 120 characters").optional(),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "country is a two-letter code such as SG")
      .optional(),
    assigned_to: z.string().trim().max(64).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ListInquiriesQuery = z.infer<typeof ListInquiriesQuery>

/** Staff move an inquiry by hand: into review, or decline/expire it (quoting and accepting have their own routes). */
export const MoveInquiryBody = z
  .object({
    to: z.enum(["in_review", "declined", "expired"], { error: "to must be one of: in_review, declined, expired" }),
    note: z.string().trim().max(4000, "note is at most 4000 characters").optional(),
  })
  .strict()
  .refine((b) => b.to !== "declined" || Boolean(b.note), {
    message: "say why (note) when declining: the buyer reads it",
    path: ["note"],
  })
export type MoveInquiryBody = z.infer<typeof MoveInquiryBody>

export const AssignInquiryBody = z.object({ user_id: z.string().trim().min(1).max(64).nullable() }).strict()
export type AssignInquiryBody = z.infer<typeof AssignInquiryBody>

export const StaffMessageBody = z
  .object({
    body: z.string().trim().min(1, "body is needed").max(4000, "body is at most 4000 characters"),
    internal: z.boolean().default(false),
  })
  .strict()
export type StaffMessageBody = z.infer<typeof StaffMessageBody>

export const OfferBody = z
  .object({
    item_id: z.string().trim().min(1, "item_id is needed"),
    unit_price: z.number().positive("unit_price is a positive amount").max(1e12),
    currency: z.enum(CURRENCIES, { error: `currency is one of ${CURRENCIES.join(", ")}` }),
    capacity_per_month: z.number().int().min(0).max(100_000_000).optional(),
    lead_time_days: z.number().int().min(0).max(730).optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
export type OfferBody = z.infer<typeof OfferBody>

const today = () => new Date().toISOString().slice(0, 10)

export const QuoteBody = z
  .object({
    currency: z.enum(CURRENCIES, { error: `currency is one of ${CURRENCIES.join(", ")}` }),
    incoterm: z.enum(INCOTERMS, { error: `incoterm is one of ${INCOTERMS.join(", ")}` }),
    valid_until: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "valid_until is a date such as 2026-12-31")
      .refine((d) => d >= today(), "valid_until must not be in the past"),
    lead_time_days: z.number().int("lead_time_days is whole days").min(0).max(730),
    notes: z.string().trim().max(4000, "notes are at most 4000 characters").optional(),
    lines: z
      .array(
        z
          .object({
            item_id: z.string().trim().min(1).optional(),
            title: z.string().trim().min(1).max(200).optional(),
            quantity: z.number().int("quantity is a whole number").min(1).max(10_000_000),
            unit: z.enum(UNITS).optional(),
            unit_price: z.number().positive("unit_price is a positive amount").max(1e12),
          })
          .strict()
          .refine((l) => Boolean(l.item_id || l.title), { message: "each line names an item_id or a title" }),
      )
      .min(1, "a quote has at least one line")
      .max(50, "a quote has at most 50 lines"),
  })
  .strict()
export type QuoteBody = z.infer<typeof QuoteBody>

/** Staff give an inquiry line to an MSME, or take it back (null). */
export const AssignLineBody = z
  .object({
    msme_id: z
      .string()
      .trim()
      .regex(/^msme_[0-9A-Z]+$/, "msme_id is an MSME id (msme_...)")
      .nullable(),
  })
  .strict()
export type AssignLineBody = z.infer<typeof AssignLineBody>
