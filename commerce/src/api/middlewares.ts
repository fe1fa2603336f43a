import {
  configureStoreSearch,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ShelfTagProductsQuery, ShelfTagsQuery, StoreProductMakersQuery } from "../types/catalog/http"
import {
  GoodsReceivedBody,
  HoldingBody,
  MovementsQuery,
  PackBody,
  ShipBody,
  StockCountBody,
} from "../types/consignment/http"
import { AgreementBody, LedgerPageQuery, MarkPaidBody, PayoutBatchBody, StatementQuery } from "../types/ledger/http"
import { StoreMsmeListQuery } from "../types/msme/http"
import { DashboardExportQuery, DashboardQuery, SetTargetsBody } from "../types/office/http"
import { StaffPageQuery } from "../types/staff/http"
import { staffAccess } from "./admin/access"
import { CurationQueueQuery, ReviewBody } from "./admin/curation/validators"
import { FeaturedBody } from "./admin/featured/validators"
import { adminInquiryMiddlewares } from "./admin/inquiries/middlewares"
import { adminImportMiddlewares } from "./admin/msme-imports/middlewares"
import {
  AddSellerBody,
  ChangeCaseBody,
  CreateMsmeBody,
  ExportRegistryQuery,
  FacilitationQuery,
  InviteSellerBody,
  ListMsmesQuery,
  OpenCasesBody,
  PermitBody,
  SetMsmeStatusBody,
  UpdateMsmeBody,
} from "./admin/msmes/validators"
import { PermitDecisionBody, PermitQueueQuery } from "./admin/permits/validators"
import { MoveCurationBody } from "./admin/products/[id]/curation/validators"
import { RevisionDecisionBody } from "./admin/products/[id]/revision/validators"
import { StaffRolesBody } from "./admin/staff/validators"
import { authMiddlewares } from "./auth/middlewares"
import { galleryErrorHandler } from "./error-handler"
import { requestId } from "./request-id"
import { sellerMiddlewares } from "./seller/middlewares"
import { ListingQuery } from "./store/gallery/listing/validators"
import { storeInquiryMiddlewares } from "./store/inquiries/middlewares"
import { searchGuard } from "./store/search/guard"

export default defineMiddlewares({
  // a database that is away answers 503 with Retry-After, not 500
  errorHandler: galleryErrorHandler,
  routes: [
    // every request has an id, answered in X-Request-Id and written on Medusa's access log line
    { matcher: "/*", middlewares: [requestId] },
    // every /admin route, Medusa's own included, against the staff roles' allow-list
    { matcher: "/admin*", middlewares: [staffAccess] },
    // Buyers may search the product index only; the route itself narrows it to published products of the sales channel.
    {
      matcher: "/store/search",
      middlewares: [
        searchGuard,
        configureStoreSearch({ allowed_indexes: { product: true, msme: { filters: () => ({ status: "active" }) } } }),
      ],
    },
    { matcher: "/store/gallery/listing", method: "GET", middlewares: [validateAndTransformQuery(ListingQuery, {})] },
    { matcher: "/admin/shelf-tags", method: "GET", middlewares: [validateAndTransformQuery(ShelfTagsQuery, {})] },
    {
      matcher: "/admin/shelf-tags/products",
      method: "GET",
      middlewares: [validateAndTransformQuery(ShelfTagProductsQuery, {})],
    },
    {
      matcher: "/store/gallery/makers",
      method: "GET",
      middlewares: [validateAndTransformQuery(StoreProductMakersQuery, {})],
    },
    {
      matcher: "/store/gallery/msmes",
      method: "GET",
      middlewares: [validateAndTransformQuery(StoreMsmeListQuery, {})],
    },
    // consignment stock and shipments: packing, waybills, holdings, deliveries, counts
    {
      matcher: "/admin/consignment/orders/:id/pack",
      method: "POST",
      middlewares: [validateAndTransformBody(PackBody)],
    },
    {
      matcher: "/admin/consignment/orders/:id/shipments/:fulfillment_id",
      method: "POST",
      middlewares: [validateAndTransformBody(ShipBody)],
    },
    {
      matcher: "/admin/consignment/products/:id",
      method: "POST",
      middlewares: [validateAndTransformBody(HoldingBody)],
    },
    {
      matcher: "/admin/consignment/goods-received",
      method: "POST",
      middlewares: [validateAndTransformBody(GoodsReceivedBody)],
    },
    {
      matcher: "/admin/consignment/stock-counts",
      method: "POST",
      middlewares: [validateAndTransformBody(StockCountBody)],
    },
    {
      matcher: "/admin/consignment/movements",
      method: "GET",
      middlewares: [validateAndTransformQuery(MovementsQuery, {})],
    },
    { matcher: "/seller/me/orders/:id/pack", method: "POST", middlewares: [validateAndTransformBody(PackBody)] },
    {
      matcher: "/seller/me/orders/:id/shipments/:fulfillment_id",
      method: "POST",
      middlewares: [validateAndTransformBody(ShipBody)],
    },
    // the MSME ledger: agreements, payouts, statements
    { matcher: "/admin/ledger/agreements", method: "POST", middlewares: [validateAndTransformBody(AgreementBody)] },
    { matcher: "/admin/staff", method: "GET", middlewares: [validateAndTransformQuery(StaffPageQuery, {})] },
    {
      matcher: "/admin/ledger/balances",
      method: "GET",
      middlewares: [validateAndTransformQuery(LedgerPageQuery, {})],
    },
    {
      matcher: "/admin/ledger/payout-batches",
      method: "GET",
      middlewares: [validateAndTransformQuery(LedgerPageQuery.omit({ show: true }), {})],
    },
    {
      matcher: "/admin/ledger/payout-batches",
      method: "POST",
      middlewares: [validateAndTransformBody(PayoutBatchBody)],
    },
    {
      matcher: "/admin/ledger/payouts/:id/paid",
      method: "POST",
      middlewares: [validateAndTransformBody(MarkPaidBody)],
    },
    {
      matcher: "/admin/ledger/statements/:msme_id/:month",
      method: "GET",
      middlewares: [validateAndTransformQuery(StatementQuery, {})],
    },
    {
      matcher: "/seller/me/ledger/statements/:month",
      method: "GET",
      middlewares: [validateAndTransformQuery(StatementQuery, {})],
    },
    { matcher: "/admin/msmes", method: "GET", middlewares: [validateAndTransformQuery(ListMsmesQuery, {})] },
    { matcher: "/admin/msmes", method: "POST", middlewares: [validateAndTransformBody(CreateMsmeBody)] },
    {
      matcher: "/admin/msmes/export",
      method: "GET",
      middlewares: [validateAndTransformQuery(ExportRegistryQuery, {})],
    },
    { matcher: "/admin/msmes/:id", method: "POST", middlewares: [validateAndTransformBody(UpdateMsmeBody)] },
    {
      matcher: "/admin/office/dashboard",
      method: "GET",
      middlewares: [validateAndTransformQuery(DashboardQuery, {})],
    },
    {
      matcher: "/admin/office/readiness",
      method: "GET",
      middlewares: [validateAndTransformQuery(DashboardQuery, {})],
    },
    {
      matcher: "/admin/office/dashboard/export",
      method: "GET",
      middlewares: [validateAndTransformQuery(DashboardExportQuery, {})],
    },
    { matcher: "/admin/office/targets", method: "POST", middlewares: [validateAndTransformBody(SetTargetsBody)] },
    {
      matcher: "/admin/facilitation",
      method: "GET",
      middlewares: [validateAndTransformQuery(FacilitationQuery, {})],
    },
    { matcher: "/admin/facilitation", method: "POST", middlewares: [validateAndTransformBody(OpenCasesBody)] },
    { matcher: "/admin/facilitation/:id", method: "POST", middlewares: [validateAndTransformBody(ChangeCaseBody)] },
    {
      matcher: "/admin/msmes/:id/status",
      method: "POST",
      middlewares: [validateAndTransformBody(SetMsmeStatusBody)],
    },
    { matcher: "/admin/msmes/:id/permits", method: "POST", middlewares: [validateAndTransformBody(PermitBody)] },
    { matcher: "/admin/msmes/:id/sellers", method: "POST", middlewares: [validateAndTransformBody(AddSellerBody)] },
    {
      matcher: "/admin/msmes/:id/invitations",
      method: "POST",
      middlewares: [validateAndTransformBody(InviteSellerBody)],
    },
    {
      matcher: "/admin/products/:id/curation",
      method: "POST",
      middlewares: [validateAndTransformBody(MoveCurationBody)],
    },
    {
      matcher: "/admin/products/:id/revision",
      method: "POST",
      middlewares: [validateAndTransformBody(RevisionDecisionBody)],
    },
    { matcher: "/admin/curation", method: "GET", middlewares: [validateAndTransformQuery(CurationQueueQuery, {})] },
    { matcher: "/admin/curation/:id/review", method: "POST", middlewares: [validateAndTransformBody(ReviewBody)] },
    { matcher: "/admin/featured/:sector", method: "POST", middlewares: [validateAndTransformBody(FeaturedBody)] },
    { matcher: "/admin/permits", method: "GET", middlewares: [validateAndTransformQuery(PermitQueueQuery, {})] },
    {
      matcher: "/admin/permits/:id/decision",
      method: "POST",
      middlewares: [validateAndTransformBody(PermitDecisionBody)],
    },
    { matcher: "/admin/staff/:id/roles", method: "POST", middlewares: [validateAndTransformBody(StaffRolesBody)] },
    ...authMiddlewares,
    ...storeInquiryMiddlewares,
    ...adminInquiryMiddlewares,
    ...adminImportMiddlewares,
    ...sellerMiddlewares,
  ],
})
