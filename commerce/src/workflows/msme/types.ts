import type { PermitStatus, PermitType } from "../../modules/msme/permits"

export type MsmeInput = {
  handle: string
  name: string
  owner_name: string
  sector: "craft" | "culinary"
  craft: string
  kecamatan: string
  desa: string
  address?: string | null
  story_id: string
  story_en: string
  whatsapp?: string | null
  email?: string | null
  established_year?: number | null
  employees?: number | null
  image_url?: string | null
  status?: "pending" | "active" | "suspended"
  /** where the record came from */
  source?: "staff" | "import" | "seller" | "seed"
}

export type MsmeUpdate = Partial<MsmeInput> & { id: string }

export type PermitInput = {
  msme_id: string
  type: PermitType
  number: string
  issued_at?: Date | null
  expires_at?: Date | null
  document_url?: string | null
  document_upload_id?: string | null
  status?: PermitStatus
  verified_at?: Date | null
  verified_by?: string | null
}
