import { toast } from "@medusajs/ui"

export const CURRENCIES = ["USD", "SGD", "MYR", "IDR", "EUR", "AUD", "AED", "SAR"]
export const INCOTERMS = ["EXW", "FCA", "FOB", "CFR", "CIF", "DAP", "DDP"]

/** Toasts for a staff action: what was done, or Medusa's message. */
export const done = (what: string) => ({
  onSuccess: () => toast.success(what),
  onError: (e: Error) => toast.error(e.message),
})
