import type { SubmitInquiryBody } from "../../types/export-inquiry/store-http"

/** What the buyer sent (validated by the store API's zod schema), without the honeypot. */
export type SubmitInquiryInput = Omit<SubmitInquiryBody, "website">
