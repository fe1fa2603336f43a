import { z } from "@medusajs/framework/zod"
import { pageFields } from "../paging"

/** Product ids, comma-separated or repeated, each once, in the order given. */
const productIds = (max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => [...new Set((Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).filter(Boolean))])
    .pipe(
      z
        .array(z.string().regex(/^prod_[0-9A-Za-z]{1,40}$/, "ids are product ids such as prod_01H..."))
        .min(1, "give at least one product id")
        .max(max, `at most ${max} product ids at a time`),
    )

/** `GET /store/gallery/makers?ids=prod_1,prod_2`: up to 60 product ids. */
export const StoreProductMakersQuery = z.object({ ids: productIds(60) }).strict()
export type StoreProductMakersQuery = z.infer<typeof StoreProductMakersQuery>

/** `GET /admin/shelf-tags?ids=...`: the products whose tags to print (up to 200, twenty A4 sheets), in this order. */
export const ShelfTagsQuery = z.object({ ids: productIds(200) }).strict()
export type ShelfTagsQuery = z.infer<typeof ShelfTagsQuery>

/** `GET /admin/shelf-tags/products`: published products to choose tags for, by name, those in the showroom first. */
export const ShelfTagProductsQuery = z
  .object({
    ...pageFields(100, 20),
    q: z.string().trim().max(100, "search words are at most 100 characters").optional(),
  })
  .strict()
export type ShelfTagProductsQuery = z.infer<typeof ShelfTagProductsQuery>
