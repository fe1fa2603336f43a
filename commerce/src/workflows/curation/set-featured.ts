import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"

export type SetFeaturedInput = { collection_id: string; product_ids: string[]; actor_id: string }

type Before = { collection_id: string; metadata: Record<string, unknown> | null; members: string[] }

/**
 * Makes a featured collection exactly the given products, in the given order (kept in the collection's
 * metadata, with who arranged it and when); products left out leave the collection. Compensation
 * restores the previous members and order.
 */
const setFeaturedStep = createStep(
  "set-featured-products",
  async (input: SetFeaturedInput, { container }) => {
    const products = (container as MedusaContainer).resolve(Modules.PRODUCT)
    const collection = await products.retrieveProductCollection(input.collection_id)
    const members = (
      await products.listProducts({ collection_id: input.collection_id }, { select: ["id"], take: 500 })
    ).map((p) => p.id)
    const removed = members.filter((id) => !input.product_ids.includes(id))
    const added = input.product_ids.filter((id) => !members.includes(id))
    if (removed.length) await products.updateProducts({ id: removed }, { collection_id: null })
    if (added.length) await products.updateProducts({ id: added }, { collection_id: input.collection_id })
    await products.updateProductCollections(input.collection_id, {
      metadata: {
        ...(collection.metadata ?? {}),
        product_order: input.product_ids,
        arranged_by: input.actor_id,
        arranged_at: new Date().toISOString(),
      },
    })
    const before: Before = {
      collection_id: input.collection_id,
      metadata: (collection.metadata as Record<string, unknown> | null) ?? null,
      members,
    }
    return new StepResponse({ product_ids: input.product_ids }, before)
  },
  async (before, { container }) => {
    if (!before) return
    const products = (container as MedusaContainer).resolve(Modules.PRODUCT)
    const now = (
      await products.listProducts({ collection_id: before.collection_id }, { select: ["id"], take: 500 })
    ).map((p) => p.id)
    const extra = now.filter((id) => !before.members.includes(id))
    if (extra.length) await products.updateProducts({ id: extra }, { collection_id: null })
    if (before.members.length)
      await products.updateProducts({ id: before.members }, { collection_id: before.collection_id })
    await products.updateProductCollections(before.collection_id, { metadata: before.metadata ?? {} })
  },
)

/** Staff arrange a featured collection of the home page (add, remove, order in one list). */
export const setFeaturedWorkflow = createWorkflow("set-featured-products", (input: SetFeaturedInput) => {
  const result = setFeaturedStep(input)
  emitEventStep({ eventName: "gallery.featured_changed", data: input })
  return new WorkflowResponse(result)
})
