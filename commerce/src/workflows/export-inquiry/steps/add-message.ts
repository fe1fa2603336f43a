import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORT_INQUIRY_MODULE } from "../../../modules/export-inquiry"
import type ExportInquiryModuleService from "../../../modules/export-inquiry/service"
import type { ActorType } from "../../../modules/export-inquiry/terms"

export const addInquiryMessageStepId = "add-export-inquiry-message"

export type AddMessageInput = {
  inquiry_id: string
  author_type: ActorType
  author_id: string | null
  author_name: string
  body: string
  internal: boolean
}

/** Adds one message to an inquiry's thread. Undone by deleting it. */
export const addInquiryMessageStep = createStep(
  addInquiryMessageStepId,
  async (input: AddMessageInput, { container }) => {
    const service: ExportInquiryModuleService = (container as MedusaContainer).resolve(EXPORT_INQUIRY_MODULE)
    const message = await service.createInquiryMessages(input)
    return new StepResponse(message, message.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: ExportInquiryModuleService = (container as MedusaContainer).resolve(EXPORT_INQUIRY_MODULE)
    await service.deleteInquiryMessages(id)
  },
)
