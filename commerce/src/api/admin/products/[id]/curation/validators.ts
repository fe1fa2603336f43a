import { z } from "@medusajs/framework/zod"
import { CURATION_STATUSES } from "../../../../../modules/curation/transitions"

export const MoveCurationBody = z
  .object({
    to: z.enum(CURATION_STATUSES, { error: `to must be one of: ${CURATION_STATUSES.join(", ")}` }),
    notes: z.string().trim().max(4000, "notes are at most 4000 characters").optional(),
  })
  .strict()
  .refine((body) => !["changes_requested", "rejected"].includes(body.to) || (body.notes && body.notes.length > 0), {
    message: "say what must change (notes) when requesting changes or rejecting",
    path: ["notes"],
  })
export type MoveCurationBody = z.infer<typeof MoveCurationBody>
