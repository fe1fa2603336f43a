import type { MedusaContainer } from "@medusajs/framework/types"
import { expireInquiryQuotes } from "../workflows/export-inquiry/expire-quotes"

/** Every hour: quotes past their validity expire, and so do their inquiries (the buyer is told). */
export default async function expireInquiryQuotesJob(container: MedusaContainer) {
  const expired = await expireInquiryQuotes(container)
  if (expired.length) container.resolve("logger").info(`export inquiries expired: ${expired.join(", ")}`)
}

export const config = { name: "expire-export-inquiry-quotes", schedule: "15 * * * *" }
