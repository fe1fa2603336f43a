import type { Writable } from "node:stream"
import PDFDocument from "pdfkit"
import type { Statement } from "./statement-types"

const KIND = {
  sale: "Penjualan / Sale",
  commission: "Komisi / Commission",
  refund: "Pengembalian / Refund",
  commission_refund: "Komisi kembali / Commission returned",
  payout: "Pembayaran / Payout",
  adjustment: "Koreksi / Adjustment",
} as const

const rp = (n: number) => `Rp ${new Intl.NumberFormat("id-ID").format(n)}`

/**
 * A month's statement as an A4 PDF (pdfkit), in both languages, the same figures as the page and
 * the CSV: the opening balance, each line (date, kind, order, item, rupiah), the totals, the closing
 * balance. Long statements run on to further pages with the header repeated.
 */
export function writeStatementPdf(out: Writable, s: Statement, msmeName: string): Promise<void> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 48,
    info: { Title: `Laporan bulanan ${msmeName} ${s.month}`, Author: "Galeri Caruban" },
  })
  doc.pipe(out)
  doc.font("Helvetica-Bold").fontSize(15).text("Galeri Caruban")
  doc.font("Helvetica").fontSize(11).text(`Laporan bulanan / Monthly statement: ${msmeName}, ${s.month}`)
  doc
    .fontSize(9)
    .fillColor("#444")
    .text(`Saldo awal / Opening balance: ${rp(s.opening_balance)}`)
    .moveDown()
  doc.fillColor("#000")
  const col = [48, 110, 230, 280, 470]
  const row = (cells: string[], bold = false) => {
    if (doc.y > 760) doc.addPage()
    const y = doc.y
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8.5)
    cells.forEach((c, i) => {
      const width = (col[i + 1] ?? 547) - col[i]! - 6
      doc.text(c, col[i]!, y, { width, align: i === cells.length - 1 ? "right" : "left" })
    })
    doc.moveDown(0.35)
  }
  const head = ["Tanggal / Date", "Jenis / Kind", "Pesanan", "Barang / Item", "Rupiah"]
  row(head, true)
  for (const l of s.lines)
    row([
      l.occurred_at.slice(0, 10),
      KIND[l.kind],
      l.order_display_id ? `#${l.order_display_id}` : "",
      `${l.quantity ? `${l.quantity} x ` : ""}${l.title ?? ""}${l.commission_bps !== null && l.kind === "commission" ? ` (${l.commission_bps / 100}%)` : ""}`,
      rp(l.amount),
    ])
  if (!s.lines.length) row(["", "Tidak ada transaksi / No entries", "", "", ""])
  doc.moveDown()
  const totals: [string, number][] = [
    ["Penjualan / Sales", s.sales],
    ["Komisi / Commission", s.commission],
    ["Pengembalian / Refunds", s.refunds],
    ["Pembayaran / Payouts", s.payouts],
    ["Koreksi / Adjustments", s.adjustments],
  ]
  for (const [label, value] of totals) row(["", label, "", "", rp(value)])
  row(["", "Saldo akhir / Closing balance", "", "", rp(s.closing_balance)], true)
  doc
    .moveDown()
    .font("Helvetica")
    .fontSize(7.5)
    .fillColor("#555")
    .text(
      "Jumlah dalam rupiah bulat. Penjualan dalam mata uang lain dibukukan dengan kurs laporan dinas. / Amounts in whole rupiah; sales in other currencies are booked at the office's report rates.",
      48,
    )
  doc.end()
  return new Promise<void>((resolve, reject) => {
    out.once("finish", () => resolve())
    out.once("error", reject)
  })
}
