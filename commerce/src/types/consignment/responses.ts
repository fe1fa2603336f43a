import type { CourierCode, FulfilmentMode } from "../../modules/consignment/rules"

/** One order line as consignment work: its maker, who ships it, its shelf, how much is packed. */
export type ConsignmentLine = {
  id: string
  product_id: string | null
  variant_id: string | null
  title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  fulfilled: number
  msme_id: string | null
  msme_name: string | null
  mode: FulfilmentMode
  /** the stock location holding its pieces (the reservation's), the gallery's for gallery stock */
  location_id: string | null
  shelf: string | null
}

/** A parcel: packed (a Medusa fulfillment), then shipped with a courier's waybill. */
export type Shipment = {
  id: string
  source: FulfilmentMode
  msme_id: string | null
  packed_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  courier: CourierCode | null
  courier_name: string | null
  waybill: string | null
  tracking_url: string | null
  items: { line_item_id: string; quantity: number }[]
}

export type ConsignmentOrder = {
  id: string
  display_id: number
  status: string
  payment_status: string | null
  fulfillment_status: string | null
  created_at: string
  currency_code: string
  email: string | null
  shipping_method: string | null
  address: {
    name: string
    lines: string[]
    city: string | null
    province: string | null
    postal_code: string | null
    country_code: string | null
    phone: string | null
  } | null
  lines: ConsignmentLine[]
  shipments: Shipment[]
}

/** The pick list: what to take from which shelf, for which orders, grouped by shelf and MSME. */
export type PickListResponse = {
  groups: {
    shelf: string | null
    msme_id: string | null
    msme_name: string | null
    lines: {
      order_id: string
      display_id: number
      line_item_id: string
      title: string
      variant_title: string | null
      sku: string | null
      quantity: number
    }[]
  }[]
  orders: { id: string; display_id: number; created_at: string; to_pack: number; packed_unshipped: number }[]
  awaiting_payment: number
}

export type ConsignmentOrderResponse = { order: ConsignmentOrder }

export type LowStockRow = {
  id: string
  msme_id: string
  msme_name: string
  product_id: string
  variant_id: string
  title: string
  available: number
  threshold: number
  created_at: string
  whatsapp_url: string | null
}

export type LowStockResponse = { notices: LowStockRow[] }

export type StockMovementRow = {
  id: string
  kind: "received" | "count"
  batch: string
  msme_id: string
  variant_id: string
  title: string | null
  quantity: number
  expected: number | null
  counted: number | null
  reason: string | null
  reference: string | null
  created_at: string
}

export type StockMovementsResponse = { movements: StockMovementRow[]; count: number }

/** GET /seller/me/stock: what the gallery asks the MSME to deliver, and its stock's recent history. */
export type SellerStockResponse = {
  low_stock: { title: string; available: number; threshold: number; since: string }[]
  movements: {
    kind: "received" | "count"
    title: string
    quantity: number
    reason: string | null
    reference: string | null
    at: string
  }[]
}

/** GET /store/gallery/orders/:id/shipments: the buyer's parcels and what is still being prepared. */
export type StoreShipmentsResponse = {
  shipments: {
    courier_name: string | null
    waybill: string | null
    tracking_url: string | null
    packed_at: string | null
    shipped_at: string | null
    delivered_at: string | null
    items: { title: string; quantity: number }[]
  }[]
  preparing: { title: string; quantity: number }[]
}

/** GET /admin/consignment/stock: one MSME's variants at the gallery. */
export type StockRowsResponse = {
  rows: {
    product_id: string
    variant_id: string
    title: string
    sku: string | null
    mode: FulfilmentMode
    shelf: string | null
    threshold: number
    stocked: number
    reserved: number
    available: number
  }[]
}
