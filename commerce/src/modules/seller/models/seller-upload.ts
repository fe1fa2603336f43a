import { model } from "@medusajs/framework/utils"

/**
 * A file a seller uploaded for their MSME: a product photo (already through the image pipeline:
 * original without metadata, WebP/AVIF variants, placeholder) or a permit document. Products and
 * permits refer to uploads by id, and only to their own MSME's, so no seller can attach another's.
 */
export const SellerUpload = model.define("seller_upload", {
  id: model.id({ prefix: "supl" }).primaryKey(),
  msme_id: model.text().index(),
  uploaded_by: model.text(),
  kind: model.enum(["photo", "document"]),
  mime_type: model.text(),
  size_bytes: model.number(),
  url: model.text(),
  /** the file module's ids of everything stored for this upload (original and variants) */
  file_ids: model.json(),
  /** photos: the ImageMetadata the storefront builds a <picture> from */
  image: model.json().nullable(),
})
