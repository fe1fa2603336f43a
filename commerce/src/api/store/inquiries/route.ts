import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitInquiryWorkflow } from "../../../workflows/export-inquiry/submit-inquiry"
import type { SubmitInquiryBody } from "./validators"

/**
 * A buyer sends an export inquiry (no account needed). Answers with the reference and the private
 * token for the buyer's page; the inquiry is stored before any notification goes out. The same form
 * sent again unchanged (its `submission_id`: a retry, a second click) answers 200 with the inquiry
 * it made.
 */
export async function POST(req: MedusaRequest<SubmitInquiryBody>, res: MedusaResponse) {
  const { website: _honeypot, ...input } = req.validatedBody
  const { result } = await submitInquiryWorkflow(req.scope).run({ input })
  res.status(result.replayed ? 200 : 201).json({
    inquiry: { reference: result.reference, token: result.access_token, status: "submitted" },
  })
}
