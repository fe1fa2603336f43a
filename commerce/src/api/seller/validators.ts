import { KECAMATAN, PERMIT_TYPES } from "@galeri/content"
import { z } from "@medusajs/framework/zod"
import { OfferBody } from "../admin/inquiries/validators"
import { PermitBody } from "../admin/msmes/validators"

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(min, min > 1 ? `${label} needs at least ${min} characters` : `${label} is required`)
    .max(max, `${label} is at most ${max} characters`)

const whatsapp = z
  .string()
  .trim()
  .regex(/^\+62\d{8,13}$/, "WhatsApp is written +62 followed by 8 to 13 digits, e.g. +6281234567890")

/** Seller sign-up: who signs up, and the MSME they open (pending until staff verify it). */
export const RegisterSellerBody = z
  .object({
    name: text("your name", 2, 120),
    msme: z
      .object({
        name: text("the business name", 2, 120),
        sector: z.enum(["craft", "culinary"], { error: "sector is craft or culinary" }),
        craft: text("what you make (e.g. batik tulis, terasi)", 2, 60),
        kecamatan: z.enum(KECAMATAN, {
          error: "kecamatan must be a kecamatan of Kabupaten Cirebon (e.g. Plered, Weru)",
        }),
        desa: text("desa (village)", 2, 80),
        whatsapp: whatsapp.optional(),
        story_id: text("the story in Indonesian", 1, 4000).optional(),
        story_en: text("the story in English", 1, 4000).optional(),
      })
      .strict(),
  })
  .strict()
export type RegisterSellerBody = z.infer<typeof RegisterSellerBody>

/** What a seller may change of their MSME's profile (never its status, handle or owner). */
export const UpdateOwnMsmeBody = z
  .object({
    name: text("the business name", 2, 120),
    craft: text("what you make", 2, 60),
    kecamatan: z.enum(KECAMATAN, { error: "kecamatan must be a kecamatan of Kabupaten Cirebon (e.g. Plered, Weru)" }),
    desa: text("desa (village)", 2, 80),
    address: text("address", 1, 240),
    story_id: text("the story in Indonesian", 1, 4000),
    story_en: text("the story in English", 1, 4000),
    whatsapp,
    email: z.email("email must be an e-mail address"),
    established_year: z.number().int().min(1900).max(new Date().getFullYear()),
    employees: z.number().int().min(1).max(10_000),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, "send at least one field to change")
export type UpdateOwnMsmeBody = z.infer<typeof UpdateOwnMsmeBody>

/**
 * A permit a seller shows: the same checks as staff entries (number format per permit type, dates),
 * but never a status: it stays pending until staff verify it.
 */
export const SellerPermitBody = z
  .object({
    type: z.enum(PERMIT_TYPES, { error: `type must be one of: ${PERMIT_TYPES.join(", ")}` }),
    number: z.string({ error: "number is required" }),
    issued_at: z.unknown().optional(),
    expires_at: z.unknown().optional(),
    document_url: z.url("document_url must be a URL").optional(),
  })
  .strict()
  .pipe(PermitBody)
export type SellerPermitBody = z.infer<typeof SellerPermitBody>

/** An MSME's offer for an inquiry line about its product: the same shape staff use. */
export const SellerOfferBody = OfferBody
export type SellerOfferBody = OfferBody
