import { z } from "@medusajs/framework/zod"
import { COURIER_CODES } from "../../modules/consignment/rules"

const id = (prefix: string, what: string) =>
  z.string().regex(new RegExp(`^${prefix}_[0-9A-Z]{10,40}$`), `${what} is an id (${prefix}_...)`)

const wholePieces = (what: string) =>
  z
    .number({ error: `${what} is a number of pieces` })
    .int(`${what} is a whole number of pieces`)
    .min(0, `${what} cannot be negative`)
    .max(100_000, `${what} is at most 100,000`)

/** Lines to pack (all that remain of this packer's lines when left out). */
export const PackBody = z
  .object({
    items: z
      .array(
        z
          .object({ id: id("ordli", "id"), quantity: wholePieces("quantity").min(1, "quantity is at least 1") })
          .strict(),
      )
      .min(1, "choose at least one line")
      .max(200)
      .optional(),
  })
  .strict()
export type PackBody = z.infer<typeof PackBody>

/** A packed parcel handed to a courier: which courier, and its waybill (resi). */
export const ShipBody = z
  .object({
    courier: z.enum(COURIER_CODES, { error: `courier is one of: ${COURIER_CODES.join(", ")}` }),
    waybill: z
      .string({ error: "waybill is the courier's waybill (resi) number" })
      .trim()
      .regex(/^[A-Za-z0-9-]{6,40}$/, "waybill is 6 to 40 letters, digits or dashes, as printed on the receipt"),
  })
  .strict()
export type ShipBody = z.infer<typeof ShipBody>

/** How a product is held: who ships it, its shelf in the gallery, when its MSME is asked to restock. */
export const HoldingBody = z
  .object({
    mode: z.enum(["gallery", "workshop"], { error: "mode is gallery or workshop" }),
    shelf: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9 .-]{1,20}$/, "shelf is a short code such as B-03")
      .nullable()
      .optional(),
    low_stock_threshold: wholePieces("low_stock_threshold").max(1000).optional(),
  })
  .strict()
export type HoldingBody = z.infer<typeof HoldingBody>

/** A consignment delivery from one MSME: pieces per variant, with the delivery note's number. */
export const GoodsReceivedBody = z
  .object({
    msme_id: id("msme", "msme_id"),
    reference: z.string().trim().min(1, "reference is the delivery note's number").max(60),
    note: z.string().trim().max(500).optional(),
    lines: z
      .array(
        z
          .object({
            variant_id: id("variant", "variant_id"),
            quantity: wholePieces("quantity").min(1, "quantity is at least 1"),
          })
          .strict(),
      )
      .min(1, "record at least one line")
      .max(200),
  })
  .strict()
  .refine((b) => new Set(b.lines.map((l) => l.variant_id)).size === b.lines.length, {
    message: "each variant once per delivery: add the quantities together",
    path: ["lines"],
  })
export type GoodsReceivedBody = z.infer<typeof GoodsReceivedBody>

/** A stock count (opname): the pieces found per variant; a difference needs its reason. */
export const StockCountBody = z
  .object({
    reference: z.string().trim().max(60).optional(),
    lines: z
      .array(
        z
          .object({
            variant_id: id("variant", "variant_id"),
            counted: wholePieces("counted"),
            reason: z.string().trim().min(3, "a reason has at least 3 characters").max(300).optional(),
          })
          .strict(),
      )
      .min(1, "count at least one variant")
      .max(500),
  })
  .strict()
  .refine((b) => new Set(b.lines.map((l) => l.variant_id)).size === b.lines.length, {
    message: "each variant once per count",
    path: ["lines"],
  })
export type StockCountBody = z.infer<typeof StockCountBody>

export const MovementsQuery = z
  .object({
    msme_id: id("msme", "msme_id").optional(),
    kind: z.enum(["received", "count"], { error: "kind is received or count" }).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type MovementsQuery = z.infer<typeof MovementsQuery>
