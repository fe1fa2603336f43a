import type { SubmitInquiryBody } from "../../api/store/inquiries/validators"

/** What the buyer sent (validated by the store API's zod schema), without the honeypot. */
export type SubmitInquiryInput = Omit<SubmitInquiryBody, "website">
