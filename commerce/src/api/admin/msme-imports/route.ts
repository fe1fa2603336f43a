import { rmSync } from "node:fs"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sniffSheet } from "../../../lib/spreadsheet"
import { MSME_MODULE } from "../../../modules/msme"
import { mapHeaders, REQUIRED_FIELDS } from "../../../modules/msme/import-rules"
import type MsmeModuleService from "../../../modules/msme/service"
import type { StartImportFields } from "../../../types/msme/http"
import { analyseImport } from "../../../workflows/msme/import/run"
import { createImportWorkflow, saveImportMappingWorkflow } from "../../../workflows/msme/import/workflows"
import { headerRow, IMPORT_MAX_BYTES, logFailure, stageFile } from "./helpers"

type FileRequest = AuthenticatedMedusaRequest<StartImportFields> & {
  file?: { originalname: string; size: number; buffer: Buffer }
}

const refuse = (id: string, en: string, extra: Record<string, unknown> = {}) => {
  const error = new MedusaError(MedusaError.Types.INVALID_DATA, en)
  Object.assign(error, { message_id: id, ...extra })
  return error
}

/**
 * Staff upload a registry sheet (XLSX or CSV): the file is checked (type from its bytes, size, a
 * header row naming the required columns), kept outside every public folder, and read in a dry run
 * in the background; the job's progress and report are read back with GET /admin/msme-imports/:id.
 */
export async function POST(req: FileRequest, res: MedusaResponse) {
  const file = req.file
  if (!file) throw refuse('Kirim satu berkas di kolom "file".', 'Send one file in the form field "file".')
  if (!file.size) throw refuse("Berkasnya kosong.", "The file is empty.")
  if (file.size > IMPORT_MAX_BYTES)
    throw refuse("Berkas terlalu besar (maks. 25 MB).", "The file is larger than 25 MB.")
  const format = sniffSheet(file.buffer.subarray(0, 4096))
  const named = file.originalname.toLowerCase().match(/\.(xlsx|csv)$/)?.[1]
  if (!format || (named && named !== format)) {
    throw refuse(
      "Berkas harus XLSX (Excel) atau CSV. Di Excel: Simpan Sebagai > Buku Kerja Excel (.xlsx).",
      "The file must be XLSX (Excel) or CSV. In Excel: Save As > Excel Workbook (.xlsx).",
    )
  }
  const fields = req.validatedBody ?? {}
  const msmes: MsmeModuleService = req.scope.resolve(MSME_MODULE)
  let saved: Record<string, string> = {}
  if (fields.mapping_name) {
    const [mapping] = await msmes.listMsmeImportMappings({ name: fields.mapping_name })
    if (!mapping)
      throw refuse(
        `Tata letak "${fields.mapping_name}" tidak ada.`,
        `There is no saved layout "${fields.mapping_name}".`,
      )
    saved = mapping.columns as Record<string, string>
  }
  if (fields.mapping) saved = { ...saved, ...fields.mapping }

  const { path, checksum } = stageFile(file.buffer, format)
  const headers = await headerRow(path, format).catch(() => null)
  if (!headers) {
    rmSync(path, { force: true })
    throw refuse(
      "Baris judul kolom tidak ditemukan: baris pertama harus berisi nama kolom (nama usaha, nama pemilik, desa, kecamatan, sektor ...).",
      "No header row found: the first row must name the columns (nama usaha, nama pemilik, desa, kecamatan, sektor ...).",
    )
  }
  const { mapping, unknown, missing } = mapHeaders(headers, saved)
  if (missing.length) {
    rmSync(path, { force: true })
    throw refuse(
      `Kolom wajib tidak ada: ${missing.join(", ")}. Kolom yang tidak dikenal: ${unknown.join(", ") || "-"}. Ubah judul kolomnya atau simpan tata letak kolom.`,
      `Required columns are missing: ${missing.join(", ")}. Columns we do not know: ${unknown.join(", ") || "-"}. Rename the headers or give a column layout.`,
      { missing_fields: missing, unknown_headers: unknown, headers, required: REQUIRED_FIELDS },
    )
  }
  if (fields.save_mapping_as) {
    await saveImportMappingWorkflow(req.scope).run({
      input: { name: fields.save_mapping_as, columns: mapping, created_by: req.auth_context.actor_id },
    })
  }
  const { result: job } = await createImportWorkflow(req.scope).run({
    input: {
      filename: file.originalname.slice(0, 200),
      format,
      checksum,
      mapping,
      created_by: req.auth_context.actor_id,
    },
  })
  // the dry run goes on after the answer; Admin polls the job for its progress
  analyseImport(req.scope, { id: job.id, path, format, mapping })
    .catch((error) => logFailure(req.scope, `import ${job.id}: dry run failed`, error))
    .finally(() => rmSync(path, { force: true }))
  const [previous] = await msmes.listMsmeImports(
    { checksum, id: { $ne: job.id }, status: "committed" },
    { order: { created_at: "DESC" }, take: 1 },
  )
  res
    .status(202)
    .json({ import: job, unknown_headers: unknown, same_file_committed_at: previous?.committed_at ?? null })
}

/** The latest imports, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const msmes: MsmeModuleService = req.scope.resolve(MSME_MODULE)
  const [imports, count] = await msmes.listAndCountMsmeImports(
    {},
    {
      order: { created_at: "DESC" },
      take: 20,
      select: [
        "id",
        "filename",
        "format",
        "status",
        "total_rows",
        "processed_rows",
        "summary",
        "error",
        "created_by",
        "created_at",
        "committed_at",
      ],
    },
  )
  res.json({ imports, count })
}
