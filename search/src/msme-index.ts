/** The MSME index: buyers find makers by name, village, kecamatan, craft or story, in both languages. */
export const MSME_INDEX = "msme"

export const MSME_FIELDS = {
  id: { type: "keyword", filterable: true },
  handle: { type: "keyword", filterable: true },
  name: { type: "text", searchable: { weight: 8 }, sortable: true },
  kecamatan: { type: "keyword", searchable: { weight: 4 }, filterable: true, facetable: true },
  desa: { type: "text", searchable: { weight: 4 } },
  sector: { type: "keyword", filterable: true, facetable: true },
  craft: { type: "keyword", filterable: true, facetable: true },
  story_id: { type: "text", searchable: { weight: 1 } },
  story_en: { type: "text", searchable: { weight: 1 } },
  status: { type: "keyword", filterable: true },
  image_url: { type: "keyword" },
} as const

export type MsmeRecord = {
  id: string
  handle: string
  name: string
  kecamatan: string
  desa: string
  sector: string
  craft: string
  story_id: string
  story_en: string
  status: string
  image_url: string | null
}

export type MsmeDocument = Omit<MsmeRecord, "image_url"> & { image_url?: string }

export function toMsmeDocument(m: MsmeRecord): MsmeDocument {
  const { image_url, ...rest } = m
  return image_url ? { ...rest, image_url } : rest
}
