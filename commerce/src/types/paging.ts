import { z } from "@medusajs/framework/zod"

/** The page fields of a list query (`limit`, `offset`), said in words a person understands when wrong. */
export const pageFields = (max: number, fallback: number) => ({
  limit: z.coerce.number({ error: "limit is a number" }).int().min(1).max(max).default(fallback),
  offset: z.coerce.number({ error: "offset is a number" }).int().min(0).default(0),
})
