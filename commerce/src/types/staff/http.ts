import { z } from "@medusajs/framework/zod"
import { pageFields } from "../paging"

/** A page of the staff list (`GET /admin/staff`). */
export const StaffPageQuery = z
  .object({
    ...pageFields(100, 50),
  })
  .strict()
export type StaffPageQuery = z.infer<typeof StaffPageQuery>
