import type { Writable } from "node:stream"
import { stringify } from "csv-stringify"
import ExcelJS from "exceljs"

/**
 * Spreadsheets out, streamed: XLSX through exceljs' streaming writer, CSV through csv-stringify,
 * one row at a time, so a large export never sits in memory. Infrastructure only: callers give the
 * columns (already in the reader's language) and the rows.
 */
export type SheetColumn<R> = { header: string; width?: number; value: (row: R) => string | number | boolean | null }

export type SheetFormat = "xlsx" | "csv"

export const SHEET_TYPES: Record<SheetFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
}

export async function writeSheet<R>(
  out: Writable,
  format: SheetFormat,
  sheetName: string,
  columns: SheetColumn<R>[],
  pages: AsyncIterable<R[]>,
): Promise<number> {
  let count = 0
  if (format === "csv") {
    const csv = stringify({ header: true, columns: columns.map((c) => c.header), bom: true })
    csv.pipe(out)
    for await (const rows of pages) {
      for (const row of rows) {
        if (!csv.write(columns.map((c) => c.value(row) ?? ""))) await new Promise((r) => csv.once("drain", r))
        count++
      }
    }
    await new Promise<void>((resolve, reject) => {
      csv.once("error", reject)
      out.once("finish", () => resolve())
      csv.end()
    })
    return count
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true })
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] })
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 18 }))
  sheet.getRow(1).font = { bold: true }
  for await (const rows of pages) {
    for (const row of rows) {
      sheet.addRow(columns.map((c) => c.value(row) ?? null)).commit()
      count++
    }
  }
  sheet.commit()
  await workbook.commit()
  return count
}

/** A file name with the date, for Content-Disposition. */
export const sheetFilename = (stem: string, format: SheetFormat, now = new Date()) =>
  `${stem}-${now.toISOString().slice(0, 10)}.${format}`
