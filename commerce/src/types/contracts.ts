/**
 * The commerce app's contracts, as the storefront imports them (`@galeri/commerce/contracts`): the
 * HTTP request and response types of the routes it calls, and the domain's choices it offers (the
 * modules' own lists, so a form never offers what the API refuses). Values come only from files
 * without imports; everything else is `export type` and costs the storefront's bundle nothing.
 */
export { COURIER_CODES, COURIERS, type CourierCode } from "../modules/consignment/rules"
export { CURATION_STATUSES, type CurationStatus } from "../modules/curation/transitions"
export {
  ACTOR_TYPES,
  CERTIFICATES,
  CURRENCIES as INQUIRY_CURRENCIES,
  INCOTERMS,
  INQUIRY_STATUSES,
  type InquiryStatus,
  UNITS,
  type Unit,
} from "../modules/export-inquiry/terms"
export { PERMIT_STATUSES, PERMIT_TYPES, type PermitStatus, type PermitType } from "../modules/msme/permits"
export { KECAMATAN, type Kecamatan, MSME_STATUSES, SECTORS, type Sector } from "../modules/msme/places"
export type {
  ProductMaker,
  StoreCatalogVersionResponse,
  StoreCategoryCoversResponse,
  StoreProductMakersResponse,
} from "./catalog/responses"
export type { SellerStockResponse, StoreShipmentsResponse } from "./consignment/responses"
export type { StoreInquiryResponse, StoreInquiryView } from "./export-inquiry/responses"
export type { ReplyBody, SubmitInquiryBody } from "./export-inquiry/store-http"
export type { SellerLedgerResponse, Statement } from "./ledger/responses"
export type {
  PublicPermit,
  StoreGalleryProductResponse,
  StoreMsmeListItem,
  StoreMsmeListResponse,
  StoreMsmeProfile,
  StoreMsmeResponse,
} from "./msme/responses"
export type { GalleryProductProfile as ExportProfile } from "./product/workflow"
export type {
  SellerFacilitationCase,
  SellerFacilitationResponse,
  SellerInquiriesResponse,
  SellerInquiry,
  SellerMeResponse,
  SellerOrder,
  SellerOrdersResponse,
  SellerPermitRow,
  SellerProductRequest,
  SellerProductResponse,
  SellerProductRow,
  SellerProductsResponse,
  SellerProductView,
  SellerReadinessResponse,
  SellerUploadResponse,
} from "./seller/responses"
