import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendPrivateFile } from "../../../../../../lib/files/private"
import { SELLER_MODULE } from "../../../../../../modules/seller"
import type SellerModuleService from "../../../../../../modules/seller/service"
import { sellerContext } from "../../../../helpers"

/** One of the MSME's own uploaded documents, for its own sellers (another MSME's id is a 404). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { msme } = await sellerContext(req)
  const sellers: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const [upload] = await sellers.listSellerUploads({ id: req.params.id as string, msme_id: msme.id, kind: "document" })
  const fileId = (upload?.file_ids as { ids?: string[] } | undefined)?.ids?.[0]
  if (!upload || !fileId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such document among your uploads")
  await sendPrivateFile(req.scope, res, {
    id: fileId,
    mimeType: upload.mime_type,
    downloadName: `${upload.id}.${upload.mime_type === "application/pdf" ? "pdf" : "jpg"}`,
  })
}
