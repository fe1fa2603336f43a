import { toast } from "@medusajs/ui"

// the inquiry vocabulary has one definition, the export-inquiry module's (plain constants, safe in the admin bundle)
export { CURRENCIES, INCOTERMS } from "../../../modules/export-inquiry/terms"

/** Toasts for a staff action: what was done, or Medusa's message. */
export const done = (what: string) => ({
  onSuccess: () => toast.success(what),
  onError: (e: Error) => toast.error(e.message),
})
