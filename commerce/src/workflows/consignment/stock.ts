import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
  when,
} from "@medusajs/framework/workflows-sdk"
import { adjustInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import { galleryLocationId } from "../../lib/consignment-orders"
import { runtimeConfig } from "../../lib/runtime-config"
import { CONSIGNMENT_MODULE } from "../../modules/consignment"
import { countDifference, isLow, restockMessage } from "../../modules/consignment/rules"
import type ConsignmentModuleService from "../../modules/consignment/service"
import type { NoticeInput } from "../../modules/consignment/service"
import { sendNotificationsWorkflow } from "../notifications/send-notifications"

type VariantFacts = {
  variant_id: string
  product_id: string
  title: string
  msme_id: string | null
  msme_name: string | null
  inventory_item_id: string | null
  stocked: number
  available: number
}

/** Each variant's product, MSME and inventory item, and what the gallery's location holds of it. */
async function galleryStock(container: MedusaContainer, variantIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const gallery = await galleryLocationId(container)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "product.id",
      "product.title",
      "product.msme.id",
      "product.msme.name",
      "inventory_items.inventory_item_id",
    ],
    filters: { id: variantIds },
  })
  const rows = data as unknown as {
    id: string
    title: string
    product: { id: string; title: string; msme?: { id: string; name: string } | null }
    inventory_items?: { inventory_item_id: string }[]
  }[]
  const items = rows.map((r) => r.inventory_items?.[0]?.inventory_item_id).filter(Boolean) as string[]
  const levels = items.length
    ? await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: items, location_id: gallery })
    : []
  const facts = new Map<string, VariantFacts>()
  for (const r of rows) {
    const item = r.inventory_items?.[0]?.inventory_item_id ?? null
    const level = levels.find((l) => l.inventory_item_id === item)
    facts.set(r.id, {
      variant_id: r.id,
      product_id: r.product.id,
      title: r.title && r.title !== "Default" ? `${r.product.title} (${r.title})` : r.product.title,
      msme_id: r.product.msme?.id ?? null,
      msme_name: r.product.msme?.name ?? null,
      inventory_item_id: item,
      stocked: Number(level?.stocked_quantity ?? 0),
      available: Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0),
    })
  }
  return { gallery, facts }
}

export type ReceiveGoodsInput = {
  msme_id: string
  reference: string
  note?: string
  lines: { variant_id: string; quantity: number }[]
  actor_id: string
}

export type StockCountInput = {
  reference?: string
  lines: { variant_id: string; counted: number; reason?: string }[]
  actor_id: string
}

type Planned = {
  adjustments: { inventory_item_id: string; location_id: string; adjustment: number }[]
  movements: Record<string, unknown>[]
  variant_ids: string[]
}

const batchId = () => `stk_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`.toUpperCase()

const planReceiptStep = createStep("plan-goods-received", async (input: ReceiveGoodsInput, { container: scope }) => {
  const container = scope as MedusaContainer
  const { gallery, facts } = await galleryStock(
    container,
    input.lines.map((l) => l.variant_id),
  )
  const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
  const holdings = await consignment.holdings([...new Set([...facts.values()].map((f) => f.product_id))])
  const batch = batchId()
  const plan: Planned = { adjustments: [], movements: [], variant_ids: [] }
  for (const line of input.lines) {
    const f = facts.get(line.variant_id)
    // another MSME's variant reads as unknown: a delivery note names one MSME's goods
    if (!f || f.msme_id !== input.msme_id)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Variant ${line.variant_id} is not one of this MSME's products`,
      )
    if (holdings.get(f.product_id)?.mode === "workshop")
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `"${f.title}" ships from the MSME's workshop: the gallery does not hold its stock`,
      )
    if (!f.inventory_item_id)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `"${f.title}" does not keep stock in Medusa`)
    plan.adjustments.push({ inventory_item_id: f.inventory_item_id, location_id: gallery, adjustment: line.quantity })
    plan.movements.push({
      kind: "received",
      batch,
      msme_id: input.msme_id,
      product_id: f.product_id,
      variant_id: f.variant_id,
      location_id: gallery,
      title: f.title,
      quantity: line.quantity,
      expected: f.stocked,
      counted: f.stocked + line.quantity,
      reference: input.reference,
      note: input.note ?? null,
      created_by: input.actor_id,
    })
    plan.variant_ids.push(f.variant_id)
  }
  return new StepResponse({ ...plan, batch })
})

const planCountStep = createStep("plan-stock-count", async (input: StockCountInput, { container: scope }) => {
  const container = scope as MedusaContainer
  const { gallery, facts } = await galleryStock(
    container,
    input.lines.map((l) => l.variant_id),
  )
  const batch = batchId()
  const plan: Planned = { adjustments: [], movements: [], variant_ids: [] }
  for (const line of input.lines) {
    const f = facts.get(line.variant_id)
    if (!f?.msme_id || !f.inventory_item_id)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Variant ${line.variant_id} is not consignment stock of the gallery`,
      )
    const { difference, needsReason } = countDifference(f.stocked, line.counted)
    if (needsReason && !line.reason)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${f.title}": counted ${line.counted}, the system holds ${f.stocked}. Give the reason for the difference`,
      )
    if (difference)
      plan.adjustments.push({ inventory_item_id: f.inventory_item_id, location_id: gallery, adjustment: difference })
    plan.movements.push({
      kind: "count",
      batch,
      msme_id: f.msme_id,
      product_id: f.product_id,
      variant_id: f.variant_id,
      location_id: gallery,
      title: f.title,
      quantity: difference,
      expected: f.stocked,
      counted: line.counted,
      reason: line.reason ?? null,
      reference: input.reference ?? null,
      created_by: input.actor_id,
    })
    plan.variant_ids.push(f.variant_id)
  }
  return new StepResponse({ ...plan, batch })
})

const recordMovementsStep = createStep(
  "record-stock-movements",
  async (movements: Record<string, unknown>[], { container: scope }) => {
    const container = scope as MedusaContainer
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const made = (await consignment.createStockMovements(movements as never)) as unknown as { id: string }[]
    return new StepResponse(
      made,
      made.map((m) => m.id),
    )
  },
  async (ids, { container: scope }) => {
    const container = scope as MedusaContainer
    if (ids?.length) await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).deleteStockMovements(ids)
  },
)

type LowStockPlan = { opened: NoticeInput[]; resolved: string[] }

/**
 * Opens a notice for each gallery-held variant at or under its MSME's threshold, and resolves the
 * open notices of variants above it again (goods received, or a count that found more).
 */
const lowStockStep = createStep(
  "check-low-stock",
  async (input: { variant_ids: string[] }, { container: scope }) => {
    const container = scope as MedusaContainer
    if (!input.variant_ids.length) return new StepResponse({ opened: [], resolved: [] } as LowStockPlan, null)
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const { facts } = await galleryStock(container, input.variant_ids)
    const holdings = await consignment.holdings([...new Set([...facts.values()].map((f) => f.product_id))])
    const low: NoticeInput[] = []
    const fine: string[] = []
    for (const f of facts.values()) {
      const h = holdings.get(f.product_id)
      if (!f.msme_id || !f.inventory_item_id || h?.mode !== "gallery") continue
      if (isLow(f.available, h.low_stock_threshold))
        low.push({
          msme_id: f.msme_id,
          product_id: f.product_id,
          variant_id: f.variant_id,
          title: f.title,
          available: f.available,
          threshold: h.low_stock_threshold,
        })
      else fine.push(f.variant_id)
    }
    const opened = await consignment.openNotices(low)
    const open = fine.length ? await consignment.listLowStockNotices({ variant_id: fine, resolved_at: null }) : []
    if (open.length) await consignment.updateLowStockNotices(open.map((n) => ({ id: n.id, resolved_at: new Date() })))
    return new StepResponse(
      { opened: opened as unknown as (NoticeInput & { id: string })[], resolved: open.map((n) => n.id) },
      { opened: opened.map((n) => n.id), resolved: open.map((n) => n.id) },
    )
  },
  async (undo, { container: scope }) => {
    const container = scope as MedusaContainer
    if (!undo) return
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    if (undo.opened.length) await consignment.deleteLowStockNotices(undo.opened)
    if (undo.resolved.length)
      await consignment.updateLowStockNotices(undo.resolved.map((id) => ({ id, resolved_at: null })))
  },
)

/** The MSMEs' emails for the notices opened now, one message per MSME and address, once per notice. */
const restockMessagesStep = createStep(
  "plan-restock-messages",
  async (opened: (NoticeInput & { id?: string })[], { container: scope }) => {
    const container = scope as MedusaContainer
    if (!opened.length) return new StepResponse([])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "msme",
      fields: ["id", "name", "email", "sellers.email"],
      filters: { id: [...new Set(opened.map((n) => n.msme_id))] },
    })
    const link = `${runtimeConfig().env.STOREFRONT_URL.replace(/\/$/, "")}/mitra/dasbor#stok-h`
    return new StepResponse(
      (data as unknown as { id: string; name: string; email: string | null; sellers?: { email: string }[] }[]).flatMap(
        (m) => {
          const mine = opened.filter((n) => n.msme_id === m.id)
          const to = [...new Set([...(m.sellers ?? []).map((s) => s.email), ...(m.email ? [m.email] : [])])]
          const text = `${restockMessage(m.name, mine)}\n\n${mine
            .map((n) => `- ${n.title}: ${n.available} left in the gallery`)
            .join("\n")}\nPlease send the next consignment delivery. ${link}`
          return to.map((email) => ({
            to: email,
            channel: "email" as const,
            template: "consignment-low-stock",
            content: { subject: `Galeri Caruban: stok menipis / low stock (${mine.length})`, text },
            data: { msme_id: m.id, notices: mine },
            idempotency_key: `low-stock-${mine.map((n) => n.id ?? n.variant_id).join("-")}-${email}`,
          }))
        },
      ),
    )
  },
)

/** Checks the gallery's stock of these variants against the thresholds; tells the MSMEs of new notices. */
export const checkLowStockWorkflow = createWorkflow("check-low-stock", (input: { variant_ids: string[] }) => {
  const result = lowStockStep(input)
  const messages = restockMessagesStep(transform({ result }, ({ result }) => result.opened))
  when({ messages }, ({ messages }) => messages.length > 0).then(() => {
    sendNotificationsWorkflow.runAsStep({
      input: transform({ messages }, ({ messages }) => ({ messages, on_failure: "log" as const })),
    })
  })
  return new WorkflowResponse(result)
})

/**
 * A consignment delivery from one MSME, counted in at the gallery: the pieces go into the gallery's
 * stock (Medusa's inventory), each line is kept as a movement with the delivery note's number, and
 * low-stock notices it lifts are resolved. Any failing step undoes the others.
 */
export const receiveGoodsWorkflow = createWorkflow("receive-consignment-goods", (input: ReceiveGoodsInput) => {
  const plan = planReceiptStep(input)
  adjustInventoryLevelsStep(transform({ plan }, ({ plan }) => plan.adjustments))
  const movements = recordMovementsStep(transform({ plan }, ({ plan }) => plan.movements))
  checkLowStockWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ variant_ids: plan.variant_ids })) })
  return new WorkflowResponse(
    transform({ plan, movements }, ({ plan, movements }) => ({ batch: plan.batch, movements })),
  )
})

/**
 * A stock count (opname) of the gallery's shelves: each difference from what the system holds is set
 * right in Medusa's inventory and kept with its reason; a count without a difference is kept too, as
 * the proof it was counted. Any failing step undoes the others.
 */
export const countStockWorkflow = createWorkflow("count-consignment-stock", (input: StockCountInput) => {
  const plan = planCountStep(input)
  when({ plan }, ({ plan }) => plan.adjustments.length > 0).then(() => {
    adjustInventoryLevelsStep(transform({ plan }, ({ plan }) => plan.adjustments))
  })
  const movements = recordMovementsStep(transform({ plan }, ({ plan }) => plan.movements))
  checkLowStockWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ variant_ids: plan.variant_ids })) })
  return new WorkflowResponse(
    transform({ plan, movements }, ({ plan, movements }) => ({ batch: plan.batch, movements })),
  )
})
