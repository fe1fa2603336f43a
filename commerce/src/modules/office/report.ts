import type { Writable } from "node:stream"
import PDFDocument from "pdfkit"
import type { Indicator } from "./indicators"

/**
 * The office's texts for the indicators (the dashboard's export and the printed monthly report),
 * in Indonesian and English, and the printable report itself (pdfkit, A4).
 */
export const INDICATOR_LABELS: Record<Indicator, { id: string; en: string }> = {
  msmes_registered: { id: "UMKM terdaftar", en: "MSMEs registered" },
  msmes_online: { id: "UMKM daring (punya akun penjual)", en: "MSMEs online (with seller accounts)" },
  msmes_active: { id: "UMKM aktif (terverifikasi)", en: "MSMEs active (verified)" },
  share_nib: { id: "UMKM dengan NIB terverifikasi", en: "MSMEs with a verified NIB" },
  share_halal: { id: "UMKM kuliner bersertifikat halal", en: "Food MSMEs with halal" },
  share_pirt: { id: "UMKM kuliner dengan P-IRT/BPOM MD", en: "Food MSMEs with P-IRT/BPOM MD" },
  share_bpom: { id: "UMKM kuliner dengan izin BPOM", en: "Food MSMEs with BPOM" },
  new_msmes: { id: "UMKM baru tahun ini", en: "New MSMEs this year" },
  new_sellers: { id: "Penjual baru tahun ini", en: "New sellers this year" },
  products_digitalised: {
    id: "Produk terdigitalisasi (tayang, berfoto, dua bahasa)",
    en: "Products digitalised (live, with photos, both languages)",
  },
  products_flagship: { id: "Produk unggulan (ditampilkan)", en: "Flagship products (featured)" },
  turnover_facilitated: { id: "Omzet UMKM binaan (Rp)", en: "Turnover of facilitated MSMEs (Rp)" },
  export_inquiries: { id: "Permintaan ekspor", en: "Export inquiries" },
  export_quotes: { id: "Permintaan yang ditawar", en: "Inquiries quoted" },
  export_accepted_value: { id: "Nilai penawaran diterima (Rp)", en: "Accepted quotes (Rp)" },
  export_conversion: { id: "Konversi permintaan ekspor", en: "Export inquiry conversion" },
  curation_median_days: { id: "Median hari sampai keputusan kurasi", en: "Median days to a curation decision" },
  permit_median_days: { id: "Median hari sampai keputusan izin", en: "Median days to a permit decision" },
}

export type ReportLine = {
  key: Indicator
  unit: string
  value: number | null
  target: number | null
  progress: number | null
}

export const formatValue = (value: number | null, unit: string, lang: "id" | "en") => {
  if (value === null) return "-"
  const n = new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-GB", { maximumFractionDigits: 1 }).format(value)
  return unit === "percent"
    ? `${n}%`
    : unit === "idr"
      ? `Rp ${n}`
      : unit === "days"
        ? `${n} ${lang === "id" ? "hari" : "days"}`
        : n
}

/** A4 report for the head of office: the indicators against their targets, and the months of the year. */
export function writeReport(
  out: Writable,
  input: {
    lang: "id" | "en"
    title: string
    subtitle: string
    lines: ReportLine[]
    months: { month: string; new_msmes: number; new_sellers: number; turnover: number }[]
    note: string
  },
) {
  const doc = new PDFDocument({ size: "A4", margin: 48, info: { Title: input.title, Author: "Galeri Caruban" } })
  doc.pipe(out)
  const l = input.lang
  doc.font("Helvetica-Bold").fontSize(16).text(input.title)
  doc.font("Helvetica").fontSize(10).fillColor("#444").text(input.subtitle).moveDown()
  doc.fillColor("#000")
  const col = [48, 330, 420, 500]
  const head = l === "id" ? ["Indikator", "Capaian", "Sasaran", "%"] : ["Indicator", "Value", "Target", "%"]
  const row = (cells: string[], bold = false) => {
    const y = doc.y
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9)
    cells.forEach((c, i) => {
      doc.text(c, col[i]!, y, { width: (col[i + 1] ?? 547) - col[i]! - 6 })
    })
    doc.moveDown(0.4)
  }
  row(head, true)
  for (const line of input.lines) {
    row([
      INDICATOR_LABELS[line.key][l],
      formatValue(line.value, line.unit, l),
      formatValue(line.target, line.unit, l),
      line.progress === null ? "-" : `${Math.round(line.progress)}%`,
    ])
  }
  doc.moveDown()
  doc
    .font("Helvetica-Bold")
    .fontSize(11)
    .text(l === "id" ? "Per bulan" : "By month", 48)
  doc.moveDown(0.3)
  const mcol = [48, 160, 260, 360]
  const mrow = (cells: string[], bold = false) => {
    const y = doc.y
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9)
    cells.forEach((c, i) => {
      doc.text(c, mcol[i]!, y, { width: 100 })
    })
    doc.moveDown(0.3)
  }
  mrow(
    l === "id"
      ? ["Bulan", "UMKM baru", "Penjual baru", "Omzet binaan (Rp)"]
      : ["Month", "New MSMEs", "New sellers", "Facilitated turnover (Rp)"],
    true,
  )
  for (const m of input.months)
    mrow([m.month, String(m.new_msmes), String(m.new_sellers), formatValue(m.turnover, "count", l)])
  doc.moveDown().font("Helvetica").fontSize(8).fillColor("#555").text(input.note, 48)
  doc.end()
  return new Promise<void>((resolve, reject) => {
    out.once("finish", () => resolve())
    out.once("error", reject)
  })
}
