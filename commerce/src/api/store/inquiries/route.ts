import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitInquiryWorkflow } from "../../../workflows/export-inquiry/submit-inquiry"
import type { SubmitInquiryBody } from "./validators"

/**
 * A buyer sends an export inquiry (no account needed). Answers with the reference and the private
 * token for the buyer's page; the inquiry is stored before any notification goes out.
 */
export async function POST(req: MedusaRequest<SubmitInquiryBody>, res: MedusaResponse) {
  const { website: _honeypot, ...input } = req.validatedBody
  const { result } = await submitInquiryWorkflow(req.scope).run({ input })
  res.status(201).json({
    inquiry: { reference: result.reference, token: result.access_token, status: "submitted" },
  })
}
