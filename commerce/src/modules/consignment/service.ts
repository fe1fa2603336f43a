import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { ConsignmentProduct } from "./models/consignment-product"
import { LowStockNotice } from "./models/low-stock-notice"
import { StockMovement } from "./models/stock-movement"
import type { FulfilmentMode } from "./rules"

export type Holding = { product_id: string; mode: FulfilmentMode; shelf: string | null; low_stock_threshold: number }

/** What a product without a row of its own is: held in the gallery, restocked at 2 pieces left. */
export const DEFAULT_HOLDING = { mode: "gallery" as FulfilmentMode, shelf: null, low_stock_threshold: 2 }

export type NoticeInput = {
  msme_id: string
  product_id: string
  variant_id: string
  title: string
  available: number
  threshold: number
}

class ConsignmentModuleService extends MedusaService({ ConsignmentProduct, StockMovement, LowStockNotice }) {
  /** How each of these products is held; products without a row get the default. */
  @InjectManager()
  async holdings(productIds: string[], @MedusaContext() context: Context = {}): Promise<Map<string, Holding>> {
    const rows = productIds.length
      ? await this.listConsignmentProducts({ product_id: productIds }, { take: productIds.length }, context)
      : []
    const map = new Map<string, Holding>(productIds.map((id) => [id, { product_id: id, ...DEFAULT_HOLDING }]))
    for (const r of rows)
      map.set(r.product_id, {
        product_id: r.product_id,
        mode: r.mode as FulfilmentMode,
        shelf: r.shelf ?? null,
        low_stock_threshold: Number(r.low_stock_threshold),
      })
    return map
  }

  /**
   * Opens a notice for each variant that has none open; a variant already noticed is left as it is
   * (the partial unique index keeps two racing orders from opening two). Answers the notices opened now.
   */
  async openNotices(notices: NoticeInput[]) {
    if (!notices.length) return []
    const open = await this.listLowStockNotices({ variant_id: notices.map((n) => n.variant_id), resolved_at: null })
    const known = new Set(open.map((n) => n.variant_id))
    const opened = []
    for (const notice of notices.filter((n) => !known.has(n.variant_id))) {
      try {
        opened.push(await this.createLowStockNotices(notice))
      } catch (e) {
        if (!/unique|duplicate/i.test(String((e as Error).message))) throw e
      }
    }
    return opened
  }
}

export default ConsignmentModuleService
