import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import multer from "multer"
import { UPLOAD_LIMITS } from "../../lib/images/upload"
import {
  AcceptInvitationBody,
  RegisterSellerBody,
  SellerOfferBody,
  SellerPermitBody,
  SellerProductBody,
  SubmitProductBody,
  UpdateOwnMsmeBody,
} from "./validators"

const receiveFile = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: UPLOAD_LIMITS.maxBytes, files: 1, fields: 5 },
}).single("file")

/** One file in memory, at most 15 MB; anything bigger is refused while it arrives, with what to do instead. */
function singleUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receiveFile(req as never, res as never, (error: unknown) => {
    if (!error) return next()
    const code = (error as { code?: string }).code
    if (code === "LIMIT_FILE_SIZE") {
      res.status(413).json({
        type: "invalid_data",
        code: "too_large",
        message: `The file is larger than ${UPLOAD_LIMITS.maxBytes / 1024 / 1024} MB. Send a smaller photo (most phones can share a "medium" size).`,
      })
      return
    }
    res.status(400).json({
      type: "invalid_data",
      message: `Send one file in the form field "file" (${(error as Error).message}).`,
    })
  })
}

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
  { matcher: "/seller/me/uploads", method: "POST", middlewares: [singleUpload] },
  { matcher: "/seller/me/products", method: "POST", middlewares: [validateAndTransformBody(SellerProductBody)] },
  { matcher: "/seller/me/products/:id", method: "POST", middlewares: [validateAndTransformBody(SellerProductBody)] },
  {
    matcher: "/seller/me/products/:id/submit",
    method: "POST",
    middlewares: [validateAndTransformBody(SubmitProductBody)],
  },
  {
    matcher: "/seller/invitations/accept",
    method: "POST",
    middlewares: [
      authenticate("seller", ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(AcceptInvitationBody),
    ],
  },
  {
    matcher: "/seller/me/inquiries/:id/offers",
    method: "POST",
    middlewares: [validateAndTransformBody(SellerOfferBody)],
  },
]
