import type { MedusaContainer } from "@medusajs/framework/types"
import { checkPermitExpiry } from "../workflows/msme/permit-expiry"

/** Every day at 06:00: permits past their date expire; those expiring within 30 days are flagged once. */
export default async function checkPermitExpiryJob(container: MedusaContainer) {
  const { expired, expiring } = await checkPermitExpiry(container)
  if (expired.length || expiring.length)
    container.resolve("logger").info(`permits: ${expired.length} expired, ${expiring.length} expiring within 30 days`)
}

export const config = { name: "check-msme-permit-expiry", schedule: "0 6 * * *" }
