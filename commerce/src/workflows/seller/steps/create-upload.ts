import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ImageMetadata } from "../../../lib/images/store"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export const createSellerUploadStepId = "create-seller-upload"

export type SellerUploadRecord = {
  msme_id: string
  uploaded_by: string
  kind: "photo" | "document"
  mime_type: string
  size_bytes: number
  url: string
  file_ids: { ids: string[] }
  image: ImageMetadata | null
}

/** Records an upload for its MSME; undone by deleting the record. */
export const createSellerUploadStep = createStep(
  createSellerUploadStepId,
  async (record: SellerUploadRecord, { container }) => {
    const sellers: SellerModuleService = (container as MedusaContainer).resolve(SELLER_MODULE)
    const upload = await sellers.createSellerUploads(record)
    return new StepResponse(upload, upload.id)
  },
  async (id, { container }) => {
    if (!id) return
    const sellers: SellerModuleService = (container as MedusaContainer).resolve(SELLER_MODULE)
    await sellers.deleteSellerUploads(id)
  },
)
