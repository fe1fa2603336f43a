import type { ImageShape } from "../../lib/images/store"

/**
 * Input of the store-seller-upload workflow: the files to store (an image's original and variants, or
 * one private document) and what to record about them; `image` for photos, null for documents.
 */
export type StoreSellerUploadInput = {
  msme_id: string
  uploaded_by: string
  kind: "photo" | "document"
  mime_type: string
  size_bytes: number
  files: { filename: string; mimeType: string; content: string; access: "public" | "private" }[]
  image: ImageShape | null
}

/** Input of the invite-seller workflow: the invitation (its token only as a hash) and the link to send. */
export type InviteSellerInput = {
  msme: { id: string; name: string }
  email: string
  name: string
  token_hash: string
  expires_at: Date
  invited_by: string
  link: string
}
