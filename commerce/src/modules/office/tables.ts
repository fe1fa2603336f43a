/**
 * The tables the office's reports read across modules (the MSME registry, the targets dashboard).
 * Reports are read-only SQL over Medusa's one database (its `__pg_connection__`): filtering,
 * counting and grouping 200,000 MSMEs across links has to happen in PostgreSQL, which Query cannot
 * do across module links. Link tables are named by Medusa from the link definitions in src/links;
 * an integration test checks every table and column named here exists, so a rename fails it.
 */
export const T = {
  msme: "msme",
  permit: "msme_permit",
  profile: "msme_product_profile",
  facilitation: "msme_facilitation_case",
  statusChange: "msme_status_change",
  seller: "seller",
  product: "product",
  curation: "product_curation",
  inquiry: "export_inquiry",
  inquiryQuote: "export_inquiry_quote",
  order: "order",
  orderItem: "order_item",
  lineItem: "order_line_item",
  /** links (src/links) */
  msmeProduct: "msme_msme_product_product",
  msmeSeller: "msme_msme_seller_seller",
  productProfile: "product_product_msme_msme_product_profile",
  productCuration: "product_product_curation_product_curation",
  inquiryMsme: "exportinquiry_export_inquiry_msme_msme",
  productCollection: "product_collection",
  /** the office's own sales read model (modules/office/sales.ts): orders placed */
  sale: "office_order_sale",
  /** the MSME ledger (modules/ledger): what was paid, net of refunds; the turnover the targets read */
  ledger: "ledger_entry",
} as const

/** Every column the reports name, by table: the schema test reads them from information_schema. */
export const COLUMNS: Record<string, string[]> = {
  [T.msme]: [
    "id",
    "handle",
    "name",
    "owner_name",
    "kecamatan",
    "desa",
    "sector",
    "craft",
    "status",
    "created_at",
    "source",
  ],
  [T.permit]: ["msme_id", "type", "number", "status", "expires_at", "verified_at", "created_at"],
  [T.profile]: ["id", "export_ready", "hs_code", "moq", "capacity_per_month", "packed_length_cm"],
  [T.seller]: ["id", "onboarding", "created_at"],
  [T.product]: ["id", "status", "title", "thumbnail", "collection_id", "created_at", "deleted_at"],
  [T.curation]: ["id", "status", "submitted_at", "revision_status", "revision_submitted_at", "deleted_at"],
  [T.msmeProduct]: ["msme_id", "product_id", "deleted_at"],
  [T.msmeSeller]: ["msme_id", "seller_id", "deleted_at"],
  [T.productProfile]: ["product_id", "msme_product_profile_id", "deleted_at"],
  [T.productCuration]: ["product_id", "product_curation_id", "deleted_at"],
  [T.inquiryMsme]: ["export_inquiry_id", "msme_id", "deleted_at"],
  [T.lineItem]: ["id", "product_id", "unit_price"],
  [T.orderItem]: ["order_id", "item_id", "quantity", "version"],
  [T.order]: ["id", "status", "currency_code", "created_at", "version"],
  [T.sale]: ["order_id", "msme_id", "ordered_at", "currency_code", "amount", "amount_idr", "quantity"],
  [T.ledger]: ["msme_id", "kind", "amount", "month", "occurred_at", "reference", "deleted_at"],
}
