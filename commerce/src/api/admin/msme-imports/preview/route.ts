import { rmSync } from "node:fs"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sniffSheet } from "../../../../lib/spreadsheet"
import { MSME_MODULE } from "../../../../modules/msme"
import { IMPORT_FIELDS, mapHeaders, REQUIRED_FIELDS } from "../../../../modules/msme/import-rules"
import type MsmeModuleService from "../../../../modules/msme/service"
import type { StartImportFields } from "../../../../types/msme/http"
import { headerRow, stageFile } from "../helpers"

type FileRequest = AuthenticatedMedusaRequest<StartImportFields> & {
  file?: { originalname: string; size: number; buffer: Buffer }
}

/**
 * How a sheet's columns would be read, before anything starts: its header row, the field each
 * header goes to (our usual headers, a saved layout), the headers we do not know and the required
 * fields no column gives. Nothing is kept.
 */
export async function POST(req: FileRequest, res: MedusaResponse) {
  const file = req.file
  const format = file?.size ? sniffSheet(file.buffer.subarray(0, 4096)) : null
  if (!file || !format) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'Send an XLSX or CSV file in the form field "file".')
  }
  let saved: Record<string, string> = {}
  const name = req.validatedBody?.mapping_name
  if (name) {
    const msmes: MsmeModuleService = req.scope.resolve(MSME_MODULE)
    const [mapping] = await msmes.listMsmeImportMappings({ name })
    saved = (mapping?.columns as Record<string, string>) ?? {}
  }
  const { path } = stageFile(file.buffer, format)
  try {
    const headers = await headerRow(path, format).catch(() => null)
    if (!headers)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "No header row found: the first row must name the columns.")
    res.json({
      headers: headers.filter((h) => h.trim()),
      ...mapHeaders(headers, saved),
      fields: IMPORT_FIELDS,
      required: REQUIRED_FIELDS,
    })
  } finally {
    rmSync(path, { force: true })
  }
}
