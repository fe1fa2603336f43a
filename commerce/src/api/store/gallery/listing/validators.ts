import { z } from "@medusajs/framework/zod"
import { LISTING_SORTS } from "../../../../lib/catalog-listing"

export const ListingQuery = z
  .object({
    category: z
      .string()
      .regex(/^[a-z0-9-]{1,120}$/, "category is a category handle such as batik-tulis")
      .optional(),
    msme: z
      .string()
      .regex(/^[a-z0-9-]{1,120}$/, "msme is an MSME handle such as batik-wadas-arum")
      .optional(),
    sort: z.enum(LISTING_SORTS, { error: `sort must be one of: ${LISTING_SORTS.join(", ")}` }).default("newest"),
    currency_code: z
      .enum(["idr", "usd", "sgd", "myr"], { error: "currency_code must be idr, usd, sgd or myr" })
      .default("idr"),
    limit: z.coerce.number().int().min(1).max(60).default(12),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type ListingQuery = z.infer<typeof ListingQuery>
