import { createHash } from "node:crypto"
import { mkdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { readSheetRows, type SheetFormat } from "../../../lib/spreadsheet"

/** Where uploaded registry sheets wait for their dry run (outside every public folder; removed once read). */
export const IMPORT_DIR = process.env.GALERI_IMPORT_DIR ?? join(tmpdir(), "galeri-imports")

/** The largest registry sheet accepted: about 150,000 rows of the office's columns as XLSX. */
export const IMPORT_MAX_BYTES = 25 * 1024 * 1024

export function stageFile(bytes: Buffer, format: SheetFormat) {
  mkdirSync(IMPORT_DIR, { recursive: true, mode: 0o700 })
  const checksum = createHash("sha256").update(bytes).digest("hex")
  const path = join(IMPORT_DIR, `${checksum.slice(0, 32)}-${Date.now().toString(36)}.${format}`)
  writeFileSync(path, bytes, { mode: 0o600 })
  return { path, checksum }
}

/** The header row: the first row with at least two filled cells (sheets often start with a title). */
export async function headerRow(path: string, format: SheetFormat): Promise<string[] | null> {
  let seen = 0
  for await (const { cells } of readSheetRows(path, format)) {
    if (cells.filter((c) => c.trim()).length >= 2) return cells
    if (++seen > 10) return null
  }
  return null
}
