import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import multer from "multer"
import {
  CommitImportBody,
  ImportDecisionsBody,
  ImportRowsQuery,
  SaveMappingBody,
  StartImportFields,
  TemplateQuery,
} from "../../../types/msme/http"
import { IMPORT_MAX_BYTES } from "./helpers"

const receiveSheet = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 3, fieldSize: 10_000 },
}).single("file")

/** One registry sheet in memory, at most 25 MB; anything bigger is refused while it arrives. */
function sheetUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receiveSheet(req as never, res as never, (error: unknown) => {
    if (!error) return next()
    if ((error as { code?: string }).code === "LIMIT_FILE_SIZE") {
      res.status(413).json({
        type: "invalid_data",
        code: "too_large",
        message: "The file is larger than 25 MB: split the sheet (by kecamatan, say) and import the parts one by one.",
        message_id: "Berkas lebih dari 25 MB: pecah lembarnya (misalnya per kecamatan) dan impor satu per satu.",
      })
      return
    }
    res.status(400).json({
      type: "invalid_data",
      message: `Send one file in the form field "file" (${(error as Error).message}).`,
      message_id: 'Kirim satu berkas di kolom "file".',
    })
  })
}

export const adminImportMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/msme-imports",
    method: "POST",
    bodyParser: false,
    middlewares: [sheetUpload, validateAndTransformBody(StartImportFields)],
  },
  {
    matcher: "/admin/msme-imports/preview",
    method: "POST",
    middlewares: [sheetUpload, validateAndTransformBody(StartImportFields)],
  },
  {
    matcher: "/admin/msme-imports/template",
    method: "GET",
    middlewares: [validateAndTransformQuery(TemplateQuery, {})],
  },
  {
    matcher: "/admin/msme-imports/mappings",
    method: "POST",
    middlewares: [validateAndTransformBody(SaveMappingBody)],
  },
  {
    matcher: "/admin/msme-imports/:id/rows",
    method: "GET",
    middlewares: [validateAndTransformQuery(ImportRowsQuery, {})],
  },
  {
    matcher: "/admin/msme-imports/:id/decisions",
    method: "POST",
    middlewares: [validateAndTransformBody(ImportDecisionsBody)],
  },
  {
    matcher: "/admin/msme-imports/:id/commit",
    method: "POST",
    middlewares: [validateAndTransformBody(CommitImportBody)],
  },
]
