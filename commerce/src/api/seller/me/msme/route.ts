import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateMsmeWorkflow } from "../../../../workflows/msme/update-msme"
import { sellerContext } from "../../helpers"
import type { UpdateOwnMsmeBody } from "../../validators"

/** The seller edits their own MSME's profile (story in both languages, village, contact). */
export async function POST(req: AuthenticatedMedusaRequest<UpdateOwnMsmeBody>, res: MedusaResponse) {
  const { msme } = await sellerContext(req)
  await updateMsmeWorkflow(req.scope).run({ input: { id: msme.id, ...req.validatedBody } })
  res.json(await sellerContext(req))
}
