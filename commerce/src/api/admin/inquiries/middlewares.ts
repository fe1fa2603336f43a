import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AssignInquiryBody,
  AssignLineBody,
  ListInquiriesQuery,
  MoveInquiryBody,
  OfferBody,
  QuoteBody,
  StaffMessageBody,
} from "./validators"

export const adminInquiryMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/inquiries", method: "GET", middlewares: [validateAndTransformQuery(ListInquiriesQuery, {})] },
  { matcher: "/admin/inquiries/:id/status", method: "POST", middlewares: [validateAndTransformBody(MoveInquiryBody)] },
  {
    matcher: "/admin/inquiries/:id/assign",
    method: "POST",
    middlewares: [validateAndTransformBody(AssignInquiryBody)],
  },
  {
    matcher: "/admin/inquiries/:id/messages",
    method: "POST",
    middlewares: [validateAndTransformBody(StaffMessageBody)],
  },
  { matcher: "/admin/inquiries/:id/offers", method: "POST", middlewares: [validateAndTransformBody(OfferBody)] },
  {
    matcher: "/admin/inquiries/:id/lines/:item_id",
    method: "POST",
    middlewares: [validateAndTransformBody(AssignLineBody)],
  },
  { matcher: "/admin/inquiries/:id/quotes", method: "POST", middlewares: [validateAndTransformBody(QuoteBody)] },
]
