import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { ActorType, InquiryStatus } from "../../modules/export-inquiry/terms"
import { addInquiryMessageStep } from "./steps/add-message"
import { moveInquiryStep } from "./steps/move-inquiry"

export type MoveInquiryWorkflowInput = {
  inquiry_id: string
  to: InquiryStatus
  actor_type: ActorType
  actor_id?: string | null
  actor_name?: string
  note?: string | null
}

export const moveInquiryWorkflowId = "move-export-inquiry"

/**
 * One status change (review, decline, expire; accepting has its own workflow): recorded with who and
 * when, refused when the status machine does not allow it. A note from the buyer or staff also
 * goes into the thread, where the other side reads it.
 */
export const moveInquiryWorkflow = createWorkflow(moveInquiryWorkflowId, (input: MoveInquiryWorkflowInput) => {
  const moved = moveInquiryStep(
    transform({ input }, ({ input }) => ({
      inquiry_id: input.inquiry_id,
      to: input.to,
      actor_type: input.actor_type,
      actor_id: input.actor_id ?? null,
      note: input.note ?? null,
    })),
  )
  when({ input }, ({ input }) => Boolean(input.note) && input.actor_type !== "system").then(() => {
    addInquiryMessageStep(
      transform({ input }, ({ input }) => ({
        inquiry_id: input.inquiry_id,
        author_type: input.actor_type,
        author_id: input.actor_id ?? null,
        author_name: input.actor_name ?? input.actor_type,
        body: input.note as string,
        internal: false,
      })),
    )
  })
  emitEventStep({
    eventName: "export_inquiry.status_changed",
    data: transform({ moved, input }, ({ moved, input }) => ({
      id: moved.id,
      from: moved.from,
      to: moved.to,
      actor_type: input.actor_type,
    })),
  })
  return new WorkflowResponse(moved)
})
