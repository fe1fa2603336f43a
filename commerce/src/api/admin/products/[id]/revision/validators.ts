import { z } from "@medusajs/framework/zod"

/** Staff decide on a revision of an approved product. */
export const RevisionDecisionBody = z
  .object({
    decision: z.enum(["approve", "request_changes", "reject"], {
      error: "decision is approve, request_changes or reject",
    }),
    notes: z.string().trim().max(4000, "notes are at most 4000 characters").optional(),
  })
  .strict()
  .refine((body) => body.decision === "approve" || (body.notes && body.notes.length > 0), {
    message: "say what must change (notes) when requesting changes or rejecting",
    path: ["notes"],
  })
export type RevisionDecisionBody = z.infer<typeof RevisionDecisionBody>
