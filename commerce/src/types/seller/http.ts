import { z } from "@medusajs/framework/zod"
import { PERMIT_TYPES } from "../../modules/msme/permits"
import { KECAMATAN, SECTORS } from "../../modules/msme/places"
import { OfferBody } from "../export-inquiry/admin-http"
import { ExportProfileBody, PermitBody } from "../msme/http"

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
        sector: z.enum(SECTORS, { error: "sector is craft or culinary" }),
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
    /** the document, uploaded first through POST /seller/me/uploads?kind=document (no outside links) */
    document_upload_id: z
      .string()
      .regex(/^supl_[0-9A-Z]+$/, "not a document id from this portal")
      .optional(),
  })
  .strict()
  .transform(({ document_upload_id, ...rest }, ctx) => {
    // the same checks as staff entries, reported at the same fields
    const parsed = PermitBody.safeParse(rest)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: "custom", path: issue.path as (string | number)[], message: issue.message })
      }
      return z.NEVER
    }
    return { permit: parsed.data, document_upload_id }
  })
export type SellerPermitBody = z.infer<typeof SellerPermitBody>

/** An MSME's offer for an inquiry line about its product: the same shape staff use. */
export const SellerOfferBody = OfferBody
export type SellerOfferBody = OfferBody

const bilingualText = (label: string, max: number) =>
  z
    .object({
      id: text(`${label} in Indonesian`, 2, max),
      en: text(`${label} in English`, 2, max),
    })
    .strict()

const foreignPrice = (currency: string) =>
  z
    .number({ error: `the ${currency} price is a number` })
    .positive(`the ${currency} price must be more than 0`)
    .max(1_000_000, `the ${currency} price is at most 1,000,000`)
    .optional()

/** One variant (size, colour, pack): prices in rupiah, optionally in export currencies, and stock at the gallery. */
export const SellerVariantBody = z
  .object({
    title: bilingualText("the variant name", 80),
    sku: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{3,40}$/, "SKUs are 3 to 40 letters, digits and dashes")
      .optional(),
    prices: z
      .object({
        idr: z
          .number({ error: "the rupiah price is required" })
          .int("the rupiah price is a whole number")
          .min(1000, "the rupiah price is at least Rp 1.000")
          .max(100_000_000, "the rupiah price is at most Rp 100.000.000"),
        usd: foreignPrice("USD"),
        sgd: foreignPrice("SGD"),
        myr: foreignPrice("MYR"),
      })
      .strict(),
    stock: z
      .number({ error: "stock is a number" })
      .int("stock is a whole number")
      .min(0, "stock cannot be negative")
      .max(100_000, "stock is at most 100,000"),
  })
  .strict()

/**
 * A product as a seller lists it: both languages, its category, variants with prices and stock,
 * export data when it is sold abroad, and photos (ids of the seller's own uploads, first is the
 * cover). The whole product is sent on every save.
 */
export const SellerProductBody = z
  .object({
    title: bilingualText("the product name", 160),
    description: bilingualText("the description", 2000),
    category: z.string({ error: "choose a category" }).trim().min(1, "choose a category"),
    material: bilingualText("the material", 120),
    weight_g: z
      .number({ error: "the weight in grams is required" })
      .int("the weight is whole grams")
      .positive("the weight must be more than 0 g")
      .max(200_000, "the weight is at most 200,000 g"),
    variants: z
      .array(SellerVariantBody)
      .min(1, "add at least one variant (e.g. the standard size)")
      .max(20, "at most 20 variants"),
    export: ExportProfileBody.nullable().optional(),
    image_ids: z
      .array(z.string().regex(/^supl_[0-9A-Z]+$/, "not a photo id from this portal"))
      .min(1, "add at least one photo")
      .max(8, "at most 8 photos"),
  })
  .strict()
  .superRefine((body, ctx) => {
    const names = body.variants.map((v) => v.title.id.toLowerCase())
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i)
        ctx.addIssue({ code: "custom", path: ["variants", i, "title", "id"], message: "two variants have this name" })
    })
    const skus = body.variants.map((v) => v.sku).filter(Boolean)
    skus.forEach((sku, i) => {
      if (skus.indexOf(sku) !== i)
        ctx.addIssue({ code: "custom", path: ["variants", i, "sku"], message: "two variants have this SKU" })
    })
    if (new Set(body.image_ids).size !== body.image_ids.length)
      ctx.addIssue({ code: "custom", path: ["image_ids"], message: "the same photo is listed twice" })
  })
export type SellerProductBody = z.infer<typeof SellerProductBody>

/**
 * A product body as stored with a revision waiting for review. Bodies stored before the material
 * was asked in both languages hold it as one string: it stands for both until the seller edits it.
 */
export function storedSellerBody<T extends { material: unknown }>(
  body: T,
): T & { material: { id: string; en: string } } {
  const m = body.material
  return { ...body, material: typeof m === "string" ? { id: m, en: m } : (m as { id: string; en: string }) }
}

/** Sending a product to the gallery's curators, with an optional word to the reviewer. */
export const SubmitProductBody = z
  .object({ note: z.string().trim().max(1000, "the note is at most 1000 characters").optional() })
  .strict()
export type SubmitProductBody = z.infer<typeof SubmitProductBody>

/** Accepting a staff invitation, after `POST /auth/seller/emailpass/register`. */
export const AcceptInvitationBody = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "this invitation link is incomplete: open it from the email again"),
    name: text("your name", 2, 120),
  })
  .strict()
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBody>
