import type { Statement } from "./statement-types"

/** One CSV cell: quoted when it must be, and never a formula a spreadsheet would run (=, +, -, @). */
export const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? "" : String(value)
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

const KIND = {
  sale: "Penjualan / Sale",
  commission: "Komisi galeri / Gallery commission",
  refund: "Pengembalian dana / Refund",
  commission_refund: "Komisi dikembalikan / Commission returned",
  payout: "Pembayaran ke UMKM / Payout",
  adjustment: "Koreksi / Adjustment",
} as const

/** Rows as CSV text (CRLF, as spreadsheets and banks expect). */
export const csvText = (rows: unknown[][]) => `${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`

/** A month's statement as CSV (both languages in the headers; amounts in whole rupiah): what the PDF and the page show. */
export function statementCsv(s: Statement, msmeName: string): string {
  const rows: unknown[][] = [
    ["Laporan bulanan / Monthly statement", msmeName, s.month],
    ["Saldo awal / Opening balance (IDR)", s.opening_balance],
    [],
    [
      "Tanggal / Date",
      "Jenis / Kind",
      "Pesanan / Order",
      "Barang / Item",
      "Jumlah / Qty",
      "Komisi / Commission %",
      "Nilai asal / Original amount",
      "Mata uang / Currency",
      "Rupiah (IDR)",
    ],
    ...s.lines.map((l) => [
      l.occurred_at.slice(0, 10),
      KIND[l.kind],
      l.order_display_id ? `#${l.order_display_id}` : "",
      l.title,
      l.quantity,
      l.commission_bps === null ? "" : l.commission_bps / 100,
      l.original_amount,
      l.currency_code?.toUpperCase(),
      l.amount,
    ]),
    [],
    ["Penjualan / Sales", s.sales],
    ["Komisi / Commission", s.commission],
    ["Pengembalian / Refunds", s.refunds],
    ["Pembayaran / Payouts", s.payouts],
    ["Koreksi / Adjustments", s.adjustments],
    ["Saldo akhir / Closing balance (IDR)", s.closing_balance],
  ]
  return csvText(rows)
}
