/**
 * The vocabulary of an export inquiry (RFQ): statuses and which may follow which, units, Incoterms
 * 2020, currencies and certificates buyers ask for. One definition for the module and the API
 * validators; the storefront labels the same choices (storefront/src/i18n/ui.ts), and a storefront
 * test checks that both sides offer exactly these.
 */
export const INQUIRY_STATUSES = ["submitted", "in_review", "quoted", "accepted", "declined", "expired"] as const
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number]

/** Who may move an inquiry where. A new quote while quoted replaces the previous one (quoted -> quoted). */
export const INQUIRY_TRANSITIONS: Record<InquiryStatus, InquiryStatus[]> = {
  submitted: ["in_review", "quoted", "declined", "expired"],
  in_review: ["quoted", "declined", "expired"],
  quoted: ["quoted", "in_review", "accepted", "declined", "expired"],
  accepted: [],
  declined: [],
  expired: [],
}

export function canMoveInquiry(from: InquiryStatus, to: InquiryStatus): boolean {
  return INQUIRY_TRANSITIONS[from].includes(to)
}

export const ACTOR_TYPES = ["buyer", "staff", "msme", "system"] as const
export type ActorType = (typeof ACTOR_TYPES)[number]

export type InquiryHistoryEntry = {
  from: InquiryStatus | null
  to: InquiryStatus
  at: string
  actor_type: ActorType
  actor_id: string | null
  note: string | null
}

export const UNITS = [
  "pcs",
  "set",
  "pair",
  "kg",
  "g",
  "l",
  "box",
  "carton",
  "roll",
  "m",
  "container_20ft",
  "container_40ft",
] as const
export type Unit = (typeof UNITS)[number]
export const INCOTERMS = ["EXW", "FCA", "FOB", "CFR", "CIF", "DAP", "DDP"] as const
export type Incoterm = (typeof INCOTERMS)[number]
export const CURRENCIES = ["IDR", "USD", "SGD", "MYR", "EUR", "AUD", "AED", "SAR"] as const
export type Currency = (typeof CURRENCIES)[number]
export const CERTIFICATES = [
  "halal",
  "health_certificate",
  "certificate_of_origin",
  "svlk",
  "bpom",
  "phytosanitary",
  "fumigation",
  "certificate_of_analysis",
] as const
export const LOCALES = ["id", "en"] as const
export type Locale = (typeof LOCALES)[number]
