import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendPrivateFile } from "../../../../../lib/files/private"
import { MSME_MODULE } from "../../../../../modules/msme"
import type MsmeModuleService from "../../../../../modules/msme/service"
import { SELLER_MODULE } from "../../../../../modules/seller"
import type SellerModuleService from "../../../../../modules/seller/service"

/** The document a seller uploaded for a permit, for permit verifiers and administrators only (never cached). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const msmes: MsmeModuleService = req.scope.resolve(MSME_MODULE)
  const [permit] = await msmes.listMsmePermits({ id: req.params.id as string })
  if (!permit?.document_upload_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This permit has no uploaded document")
  }
  const sellers: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const [upload] = await sellers.listSellerUploads({ id: permit.document_upload_id, kind: "document" })
  const fileId = (upload?.file_ids as { ids?: string[] } | undefined)?.ids?.[0]
  if (!upload || !fileId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The permit's document is gone")
  await sendPrivateFile(req.scope, res, {
    id: fileId,
    mimeType: upload.mime_type,
    downloadName: `${permit.type}-${permit.number}.${upload.mime_type === "application/pdf" ? "pdf" : "jpg"}`,
  })
}
