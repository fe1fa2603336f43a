/**
 * What a seller is told when the curators decide on one of their products (or on a change to a live
 * one): in Indonesian and English, with the curators' notes and where to act. Pure: tested alone.
 */
export type CurationNotice = {
  kind: "product" | "revision"
  status: string
  title: string
  notes: string | null
  link: string
}

const WORDS: Record<string, { id: string; en: string }> = {
  approved: { id: "disetujui dan tampil di galeri", en: "approved and live in the gallery" },
  changes_requested: { id: "perlu perbaikan", en: "needs changes" },
  rejected: { id: "ditolak", en: "was rejected" },
}

export const NOTIFIED_STATUSES = Object.keys(WORDS)

export function curationMessage(notice: CurationNotice): { subject: string; text: string } | null {
  const word = WORDS[notice.status]
  if (!word) return null
  const what =
    notice.kind === "revision" ? { id: "Perubahan produk", en: "Your change to" } : { id: "Produk", en: "Your product" }
  return {
    subject: `Galeri Caruban: ${notice.title} - ${word.id} / ${word.en}`,
    text: [
      `${what.id} "${notice.title}" ${word.id}.`,
      ...(notice.notes ? [`Catatan kurator: ${notice.notes}`] : []),
      `Lihat dan perbarui di: ${notice.link}`,
      "",
      `${what.en} "${notice.title}" ${word.en}.`,
      ...(notice.notes ? [`Curator's notes: ${notice.notes}`] : []),
      `See it and update it at: ${notice.link}`,
    ].join("\n"),
  }
}
