import type { Writable } from "node:stream"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import PDFDocument from "pdfkit"
import QRCode from "qrcode"
import { verifiedPermits } from "../modules/msme/permits"
import { LOCALES } from "./locales"

/** One product's shelf tag in the showroom: what a visitor reads, and where its QR code leads. */
export type ShelfTag = {
  title_id: string
  title_en: string
  /** the lowest variant price in rupiah, or null when it has none */
  price_idr: number | null
  msme: string
  kecamatan: string
  /** verified permits' labels (NIB, Halal, P-IRT, ...) */
  permits: string[]
  /** the product's short address: opens the product page in the phone's language */
  url: string
}

/** A4 in points; ten tags a sheet (two across, five down), each 95 x 55 mm. */
const PAGE = { width: 595.28, height: 841.89 }
const MARGIN = 28
const COLS = 2
const ROWS = 5
const W = (PAGE.width - 2 * MARGIN) / COLS
const H = (PAGE.height - 2 * MARGIN) / ROWS
const QR_SIZE = 84
export const TAGS_PER_SHEET = COLS * ROWS

const rupiah = (n: number) => `Rp ${new Intl.NumberFormat("id-ID").format(n)}`

/**
 * The shelf tags as an A4 PDF (pdfkit): each tag has the product's name in Indonesian and English,
 * its price in rupiah, its MSME and kecamatan, its verified permits and a QR code (qrcode, drawn as
 * vector squares so it prints sharp at any size) to its short address. Dashed lines to cut along.
 */
export async function writeShelfTagsPdf(out: Writable, tags: ShelfTag[]): Promise<void> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    autoFirstPage: false,
    info: { Title: "Label rak / Shelf tags: Galeri Caruban", Author: "Galeri Caruban" },
  })
  const done = new Promise<void>((resolve, reject) => {
    out.on("finish", () => resolve())
    out.on("error", reject)
    doc.on("error", reject)
  })
  doc.pipe(out)
  tags.forEach((tag, i) => {
    const at = i % TAGS_PER_SHEET
    if (at === 0) doc.addPage()
    const x = MARGIN + (at % COLS) * W
    const y = MARGIN + Math.floor(at / COLS) * H
    drawTag(doc, tag, x, y)
  })
  if (!tags.length) doc.addPage()
  doc.end()
  await done
}

function drawTag(doc: PDFKit.PDFDocument, tag: ShelfTag, x: number, y: number) {
  // the cut line
  doc.save().lineWidth(0.5).dash(3, { space: 3 }).strokeColor("#9a9a9a").rect(x, y, W, H).stroke().restore()
  // a band of the mega mendung blue along the top
  doc.save().rect(x, y, W, 6).fill("#16305c").restore()
  const pad = 10
  const textWidth = W - QR_SIZE - 3 * pad
  let ty = y + 14
  doc.fillColor("#111").font("Helvetica-Bold").fontSize(10.5)
  doc.text(tag.title_id, x + pad, ty, { width: textWidth, height: 28, ellipsis: true })
  ty = doc.y + 1
  doc.font("Helvetica-Oblique").fontSize(8.5).fillColor("#333")
  doc.text(tag.title_en, x + pad, ty, { width: textWidth, height: 22, ellipsis: true })
  ty = doc.y + 4
  doc.font("Helvetica-Bold").fontSize(15).fillColor("#111")
  doc.text(tag.price_idr === null ? "-" : rupiah(tag.price_idr), x + pad, ty, { width: textWidth })
  ty = doc.y + 3
  doc.font("Helvetica").fontSize(8).fillColor("#222")
  doc.text(`${tag.msme} · ${tag.kecamatan}`, x + pad, ty, { width: textWidth, height: 20, ellipsis: true })
  if (tag.permits.length) {
    ty = doc.y + 2
    doc.fontSize(7).fillColor("#1f4d31")
    doc.text(tag.permits.join(" · "), x + pad, ty, { width: textWidth, height: 26, ellipsis: true })
  }
  // the QR code, module by module
  const qr = QRCode.create(tag.url, { errorCorrectionLevel: "M" })
  const n = qr.modules.size
  const quiet = 2
  const cell = QR_SIZE / (n + 2 * quiet)
  const qx = x + W - pad - QR_SIZE
  const qy = y + 16
  doc.save().rect(qx, qy, QR_SIZE, QR_SIZE).fill("#ffffff").restore()
  doc.save().fillColor("#000000")
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      if (qr.modules.get(r, c)) doc.rect(qx + (c + quiet) * cell, qy + (r + quiet) * cell, cell, cell)
  doc.fill().restore()
  doc.font("Helvetica").fontSize(7).fillColor("#333")
  doc.text("Pindai untuk cerita & beli / Scan for story & buy", qx - 6, qy + QR_SIZE + 3, {
    width: QR_SIZE + 12,
    align: "center",
  })
}

const PERMIT_SHORT: Record<string, string> = {
  nib: "NIB",
  npwp: "NPWP",
  halal: "Halal",
  pirt: "P-IRT",
  bpom_md: "BPOM MD",
  bpom_ml: "BPOM ML",
  sni: "SNI",
  trademark: "Merek/TM",
}

type TagRow = {
  id: string
  handle: string
  title: string
  status: string
  variants?: { prices?: { currency_code: string; amount: number; price_list_id?: string | null }[] }[]
  msme?: {
    name: string
    kecamatan: string
    status: string
    permits?: { type: string; number: string; status: string; expires_at: string | null }[]
  } | null
}

/**
 * The shelf tags of these published products, in the order asked: names in both languages (the
 * English one from the product's translation), the lowest rupiah price, the MSME, its verified
 * permits, and the short address the QR code carries (`<storefront>/p/<handle>`).
 */
export async function shelfTagsFor(
  container: MedusaContainer,
  ids: string[],
  storefrontUrl: string,
): Promise<{ tags: ShelfTag[]; missing: string[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, english] = await Promise.all([
    query.graph({
      entity: "product",
      fields: [
        "id",
        "handle",
        "title",
        "status",
        "variants.prices.currency_code",
        "variants.prices.amount",
        "variants.prices.price_list_id",
        "msme.name",
        "msme.kecamatan",
        "msme.status",
        "msme.permits.type",
        "msme.permits.number",
        "msme.permits.status",
        "msme.permits.expires_at",
      ],
      filters: { id: ids },
    }),
    container.resolve(Modules.TRANSLATION).listTranslations({ reference_id: ids, locale_code: LOCALES.en }),
  ])
  const en = new Map(english.map((t) => [t.reference_id, (t.translations as { title?: string }).title]))
  const byId = new Map((data as TagRow[]).map((r) => [r.id, r]))
  const base = storefrontUrl.replace(/\/$/, "")
  const tags: ShelfTag[] = []
  const missing: string[] = []
  for (const id of ids) {
    const row = byId.get(id)
    if (row?.status !== "published" || row.msme?.status !== "active") {
      missing.push(id)
      continue
    }
    const prices = (row.variants ?? [])
      .flatMap((v) => v.prices ?? [])
      .filter((p) => p.currency_code === "idr" && !p.price_list_id)
      .map((p) => Number(p.amount))
    tags.push({
      title_id: row.title,
      title_en: en.get(row.id) || row.title,
      price_idr: prices.length ? Math.min(...prices) : null,
      msme: row.msme.name,
      kecamatan: row.msme.kecamatan,
      permits: verifiedPermits(row.msme.permits).map((p) => `${PERMIT_SHORT[p.type] ?? p.type} ${p.number}`),
      url: `${base}/p/${row.handle}`,
    })
  }
  return { tags, missing }
}
