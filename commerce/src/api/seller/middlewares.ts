import { authenticate, type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { RegisterSellerBody, SellerOfferBody, SellerPermitBody, UpdateOwnMsmeBody } from "./validators"

/** Seller routes: a seller's own token only (not staff, not customers); sign-up takes the registration token. */
export const sellerMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/seller/register",
    method: "POST",
    middlewares: [
      authenticate("seller", ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(RegisterSellerBody),
    ],
  },
  { matcher: "/seller/me*", middlewares: [authenticate("seller", ["bearer", "session"])] },
  { matcher: "/seller/me/msme", method: "POST", middlewares: [validateAndTransformBody(UpdateOwnMsmeBody)] },
  { matcher: "/seller/me/permits", method: "POST", middlewares: [validateAndTransformBody(SellerPermitBody)] },
  {
    matcher: "/seller/me/inquiries/:id/offers",
    method: "POST",
    middlewares: [validateAndTransformBody(SellerOfferBody)],
  },
]
