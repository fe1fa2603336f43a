import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { privateFile, unguessableName } from "../../../../lib/files/private"
import { Busy, imageGate } from "../../../../lib/images/gate"
import { imageFiles, imageShape } from "../../../../lib/images/store"
import { ImageRejected, processUpload, sniffImageType } from "../../../../lib/images/upload"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"
import { storeSellerUploadWorkflow } from "../../../../workflows/seller/store-upload"
import { sellerContext } from "../../helpers"

/** Permit documents: a scan as PDF, or a photo of the paper (which then goes through the photo pipeline). */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024

const isPdf = (bytes: Buffer) => bytes.length > 5 && bytes.toString("latin1", 0, 5) === "%PDF-"

/**
 * A seller uploads a product photo (`kind=photo`, the default) or a permit document
 * (`kind=document`): multipart form data with one file in `file`. Photos go through the image
 * pipeline before anything is stored (type from the bytes, size and pixel limits, orientation applied,
 * metadata including GPS dropped, WebP/AVIF variants, placeholder); documents are PDFs or photos of
 * the paper (also stripped of metadata), stored private. The upload belongs to the seller's MSME.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller, msme } = await sellerContext(req)
  const file = (req as unknown as { file?: { buffer: Buffer; originalname: string } }).file
  if (!file?.buffer?.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Choose a file to upload (form field `file`).")
  }
  const kind = (req.query.kind ?? (req.body as { kind?: string } | undefined)?.kind ?? "photo") as string
  if (kind !== "photo" && kind !== "document") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "kind is photo (a product photo) or document (a permit).")
  }
  const bytes = file.buffer
  try {
    if (kind === "photo") {
      const processed = await imageGate.run(() => processUpload(bytes))
      const { result: upload } = await storeSellerUploadWorkflow(req.scope).run({
        input: {
          msme_id: msme.id,
          uploaded_by: seller.id,
          kind: "photo",
          mime_type: `image/${processed.type}`,
          size_bytes: bytes.length,
          files: imageFiles(
            unguessableName(msme.handle),
            {
              extension: processed.original.format === "png" ? "png" : "jpg",
              mimeType: `image/${processed.original.format}`,
              data: processed.original.data,
            },
            processed,
          ),
          image: imageShape(processed),
        },
      })
      res.status(201).json({ upload: present(upload) })
      return
    }
    // a permit document
    if (bytes.length > DOCUMENT_MAX_BYTES) {
      throw new ImageRejected(
        "too_large",
        `The document is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB. Scan it at a lower resolution or photograph the page.`,
      )
    }
    let data = bytes
    let mimeType = "application/pdf"
    let extension = "pdf"
    if (!isPdf(bytes)) {
      if (!sniffImageType(bytes)) {
        throw new ImageRejected(
          "unsupported_type",
          "A permit document is a PDF or a photo (JPEG, PNG, WebP, AVIF) of the paper; this file is neither.",
        )
      }
      const processed = await imageGate.run(() => processUpload(bytes))
      data = processed.original.data
      mimeType = `image/${processed.original.format}`
      extension = processed.original.format === "png" ? "png" : "jpg"
    }
    const { result: upload } = await storeSellerUploadWorkflow(req.scope).run({
      input: {
        msme_id: msme.id,
        uploaded_by: seller.id,
        kind: "document",
        mime_type: mimeType,
        size_bytes: bytes.length,
        files: [privateFile({ tail: `izin.${extension}`, mimeType, data })],
        image: null,
      },
    })
    res.status(201).json({ upload: present(upload) })
  } catch (error) {
    if (error instanceof Busy) {
      res.setHeader("Retry-After", "60")
      res.status(429).json({ type: "rate_limited", code: "busy", message: error.message })
      return
    }
    if (error instanceof ImageRejected) {
      res
        .status(error.code === "too_large" ? 413 : 400)
        .json({ type: "invalid_data", code: error.code, message: error.message })
      return
    }
    throw error
  }
}

type UploadRow = { id: string; kind: string; mime_type: string; size_bytes: number; url: string; image: unknown }

export function present(upload: UploadRow) {
  return {
    id: upload.id,
    kind: upload.kind,
    mime_type: upload.mime_type,
    size_bytes: upload.size_bytes,
    url: upload.kind === "document" ? `/seller/me/uploads/${upload.id}/file` : upload.url,
    image: upload.image ?? null,
  }
}

/** The MSME's uploads, newest first (to pick photos for a product again). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { msme } = await sellerContext(req)
  const sellers: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const uploads = await sellers.listSellerUploads({ msme_id: msme.id }, { order: { created_at: "DESC" }, take: 200 })
  res.json({ uploads: uploads.map((u) => present(u as unknown as UploadRow)) })
}
