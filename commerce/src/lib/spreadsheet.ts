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

// ---------------------------------------------------------------- reading

export type SheetRow = { row: number; cells: string[] }

/** What the bytes of an upload are: an XLSX (a zip), a CSV (text), or neither. */
export function sniffSheet(head: Buffer): SheetFormat | null {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "xlsx"
  if (!head.length || head.includes(0)) return null
  const text = head.toString("utf8")
  return text.includes("\uFFFD") ? null : "csv"
}

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return ""
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === "object") {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[]; hyperlink?: string }
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("")
    if (v.text !== undefined) return cellText(v.text)
    if (v.result !== undefined) return cellText(v.result)
    return ""
  }
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value)
  return String(value).trim()
}

/**
 * The rows of a spreadsheet file, streamed from disk (memory stays flat): the first sheet of an XLSX
 * (exceljs' streaming reader) or a CSV (csv-parse; comma, semicolon or tab, found from the first
 * line). Row numbers are the sheet's own, so a report points at the right line.
 */
export async function* readSheetRows(path: string, format: SheetFormat): AsyncGenerator<SheetRow> {
  if (format === "xlsx") {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      worksheets: "emit",
      sharedStrings: "cache",
      hyperlinks: "ignore",
      styles: "ignore",
      entries: "emit",
    })
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row.values as unknown[]).slice(1)
        yield { row: row.number, cells: values.map(cellText) }
      }
      return
    }
    return
  }
  const { createReadStream } = await import("node:fs")
  const { parse } = await import("csv-parse")
  const first = await new Promise<string>((resolve, reject) => {
    const stream = createReadStream(path, { encoding: "utf8", start: 0, end: 4095 })
    let text = ""
    stream.on("data", (chunk) => {
      text += chunk
    })
    stream.on("end", () => resolve(text.split(/\r?\n/)[0] ?? ""))
    stream.on("error", reject)
  })
  const delimiter = [";", "\t", ","].sort((a, b) => first.split(b).length - first.split(a).length)[0]!
  const parser = createReadStream(path).pipe(
    parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }),
  )
  for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield { row: record.info.lines, cells: record.record }
  }
}
