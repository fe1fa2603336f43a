import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { EXPORT_INQUIRY_MODULE } from "../../modules/export-inquiry"
import { MSME_MODULE } from "../../modules/msme"
import { createInquiryStep } from "./steps/create-inquiry"
import { resolveInquiryProductsStep } from "./steps/resolve-products"
import type { SubmitInquiryInput } from "./types"

export const submitInquiryWorkflowId = "submit-export-inquiry"

/**
 * A buyer's inquiry: checks the products it names are offered, stores it (reference, private token,
 * lines, first message), links it to those products and their MSMEs, then announces it. Notifications
 * follow the event, so the inquiry is stored before any message is attempted. The same form sent
 * again (its `submission_id`) answers with the inquiry it made, stored and announced once.
 */
export const submitInquiryWorkflow = createWorkflow(submitInquiryWorkflowId, (input: SubmitInquiryInput) => {
  const productIds = transform({ input }, ({ input }) =>
    input.items.map((i) => i.product_id).filter((id): id is string => Boolean(id)),
  )
  const products = resolveInquiryProductsStep(productIds)
  const created = createInquiryStep({ inquiry: input, products })
  const links = transform({ created, products }, ({ created, products }) => {
    const itemLinks = created.items
      .filter((item) => item.product_id)
      .map((item) => ({
        [Modules.PRODUCT]: { product_id: item.product_id },
        [EXPORT_INQUIRY_MODULE]: { export_inquiry_item_id: item.id },
      }))
    const msmeIds = [...new Set(products.map((p) => p.msme_id).filter((id): id is string => Boolean(id)))]
    const msmeLinks = msmeIds.map((msme_id) => ({
      [EXPORT_INQUIRY_MODULE]: { export_inquiry_id: created.id },
      [MSME_MODULE]: { msme_id },
    }))
    return [...itemLinks, ...msmeLinks]
  })
  // a form sent again found its inquiry: linked and announced the first time, not again
  when({ created }, ({ created }) => !created.replayed).then(() => {
    createRemoteLinkStep(links)
    emitEventStep({
      eventName: "export_inquiry.submitted",
      data: transform({ created }, ({ created }) => ({ id: created.id })),
    })
  })
  return new WorkflowResponse(created)
})
