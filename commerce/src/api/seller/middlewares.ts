import {
  type AuthenticatedMedusaRequest,
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import multer from "multer"
import { UPLOAD_LIMITS } from "../../lib/images/upload"
import { defaultStore } from "../../lib/rate-limit"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { megabytes, UPLOAD_POLICY, uploadTier } from "../../modules/seller/upload-policy"
import { sellerContext } from "./helpers"
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

/**
 * Before an upload is read: the seller's upload rate and the MSME's storage quota, both smaller while
 * the MSME is pending; a suspended MSME uploads nothing. Refusals say what to do.
 */
async function uploadAllowance(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { seller, msme } = await sellerContext(req as AuthenticatedMedusaRequest)
    const tier = uploadTier(msme.status)
    if (!tier) {
      res.status(403).json({
        type: "not_allowed",
        message: "Your MSME is suspended, so uploads are closed. Contact the gallery staff.",
      })
      return
    }
    const limit = UPLOAD_POLICY.rate[tier]
    const { count, resetAt } = await defaultStore().hit(`galeri:upload:${seller.id}`, UPLOAD_POLICY.rate.windowMs)
    if (count > limit) {
      const seconds = Math.max(1, Math.ceil((resetAt - Date.now()) / 1000))
      res.setHeader("Retry-After", String(seconds))
      res.status(429).json({
        type: "rate_limited",
        code: "upload_rate",
        message: `You have sent ${limit} files in the last ${UPLOAD_POLICY.rate.windowMs / 60_000} minutes${tier === "pending" ? " (the limit while the gallery reviews your MSME)" : ""}. Wait ${Math.ceil(seconds / 60)} minutes and send the rest.`,
      })
      return
    }
    const sellers: SellerModuleService = req.scope.resolve(SELLER_MODULE)
    const uploads = await sellers.listSellerUploads({ msme_id: msme.id }, { select: ["size_bytes"], take: 100_000 })
    const used = uploads.reduce((sum, u) => sum + Number(u.size_bytes), 0)
    const incoming = Number(req.headers["content-length"] ?? 0)
    const quota = UPLOAD_POLICY.quotaBytes[tier]
    if (used + incoming > quota) {
      res.status(413).json({
        type: "invalid_data",
        code: "storage_quota",
        message: `Your MSME's files would pass its ${megabytes(quota)} of storage (${megabytes(used)} used)${tier === "pending" ? " while the gallery reviews your MSME" : ""}. Send smaller photos, or ask the gallery staff for more room.`,
      })
      return
    }
    next()
  } catch (error) {
    next(error)
  }
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
  { matcher: "/seller/me/uploads", method: "POST", middlewares: [uploadAllowance, singleUpload] },
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
