import { z } from "@medusajs/framework/zod"

/** The whole featured list of one sector, in order (at most 12, each once). */
export const FeaturedBody = z
  .object({
    product_ids: z
      .array(z.string().regex(/^prod_[0-9A-Z]+$/, "not a product id"))
      .max(12, "the home page shows at most 12 featured products per sector"),
  })
  .strict()
  .refine((body) => new Set(body.product_ids).size === body.product_ids.length, {
    message: "a product is listed twice",
    path: ["product_ids"],
  })
export type FeaturedBody = z.infer<typeof FeaturedBody>
