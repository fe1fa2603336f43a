import { z } from "@medusajs/framework/zod"
import { RUBRIC_KEYS } from "../../../modules/curation/rubric"

const score = (key: string) =>
  z
    .number({ error: `${key} needs a score from 1 to 5` })
    .int(`${key} is scored in whole points`)
    .min(1, `${key} is scored from 1 to 5`)
    .max(5, `${key} is scored from 1 to 5`)

/** A curator's review: the six rubric scores, the decision, and notes (required unless approving). */
export const ReviewBody = z
  .object({
    decision: z.enum(["approve", "request_changes", "reject"], {
      error: "decision is approve, request_changes or reject",
    }),
    scores: z
      .object(Object.fromEntries(RUBRIC_KEYS.map((k) => [k, score(k)])) as Record<string, ReturnType<typeof score>>)
      .strict(),
    notes: z.string().trim().max(4000, "notes are at most 4000 characters").optional(),
  })
  .strict()
  .refine((body) => body.decision === "approve" || (body.notes && body.notes.length > 0), {
    message: "say what must change (notes) when requesting changes, and why when rejecting",
    path: ["notes"],
  })
export type ReviewBody = z.infer<typeof ReviewBody>

/** The curation queue's filters. */
export const CurationQueueQuery = z
  .object({
    status: z
      .enum(["submitted", "revision", "changes_requested", "approved", "rejected", "draft"])
      .default("submitted"),
    category: z.string().trim().optional(),
    kecamatan: z.string().trim().optional(),
    msme: z.string().trim().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type CurationQueueQuery = z.infer<typeof CurationQueueQuery>
