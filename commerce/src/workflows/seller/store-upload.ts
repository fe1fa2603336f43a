import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { imageMetadata } from "../../lib/images/store"
import type { StoreSellerUploadInput } from "../../types/seller/workflow"
import { createSellerUploadStep } from "./steps/create-upload"

/**
 * A seller's upload, stored and recorded: the files through Medusa's File Module, then the record
 * that makes them the MSME's. When the record cannot be written, the stored files are deleted again
 * (the upload step's compensation): no orphaned files.
 */
export const storeSellerUploadWorkflow = createWorkflow("store-seller-upload", (input: StoreSellerUploadInput) => {
  const stored = uploadFilesWorkflow.runAsStep({ input: { files: input.files } })
  const record = transform({ input, stored }, ({ input, stored }) => {
    const image = input.image
      ? imageMetadata(
          input.image,
          stored.map((f) => f.url),
        )
      : null
    return {
      msme_id: input.msme_id,
      uploaded_by: input.uploaded_by,
      kind: input.kind,
      mime_type: input.mime_type,
      size_bytes: input.size_bytes,
      // a document has no public address: its owner reads it through /seller/me/uploads/:id/file
      url: image ? image.original : `private:${stored[0]!.id}`,
      file_ids: { ids: stored.map((f) => f.id) },
      image,
    }
  })
  const upload = createSellerUploadStep(record)
  return new WorkflowResponse(upload)
})
