import { z } from "@medusajs/framework/zod"

export const PermitQueueQuery = z
  .object({
    status: z.enum(["pending", "expiring", "verified", "rejected", "expired"]).default("pending"),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type PermitQueueQuery = z.infer<typeof PermitQueueQuery>

/** A permit verifier's decision; a rejection says why (the MSME reads it). */
export const PermitDecisionBody = z
  .object({
    decision: z.enum(["verify", "reject"], { error: "decision is verify or reject" }),
    reason: z.string().trim().max(1000, "the reason is at most 1000 characters").optional(),
  })
  .strict()
  .refine((body) => body.decision === "verify" || (body.reason && body.reason.length > 0), {
    message: "say why the permit is rejected (reason), so the MSME can fix it",
    path: ["reason"],
  })
export type PermitDecisionBody = z.infer<typeof PermitDecisionBody>
