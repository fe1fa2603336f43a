import type { InquiryStatus, Locale } from "../../modules/export-inquiry/terms"

/** A message of an inquiry's thread (staff see internal notes too, buyers never). */
export type InquiryMessage = { id: string; author_type: string; author_name: string; body: string; created_at: string }

/** An MSME's offer on an inquiry line: price, capacity and lead time (entered by the MSME or by staff). */
export type InquiryOffer = {
  id: string
  unit_price: number
  currency: string
  capacity_per_month: number | null
  lead_time_days: number | null
  entered_by_type: string
}

/** A quote for an inquiry: its lines, currency, terms and validity. */
export type InquiryQuote = {
  id: string
  number: number
  status: string
  currency: string
  incoterm: string
  valid_until: string
  lead_time_days: number
  notes: string | null
  total: number
  lines: { title: string; quantity: number; unit: string; unit_price: number }[]
}

/** What the buyer asked for, as every side sees it (buyer, staff, the MSMEs on its lines). */
export type InquiryTerms = {
  buyer_country: string
  incoterm: string
  destination: string
  certificates: string[]
  sample_requested: boolean
  expected_date: string | null
}

/**
 * What the inquiry APIs answer: one definition for the routes, Medusa Admin's inquiry pages and the
 * storefront's buyer page (through `@galeri/commerce/contracts`).
 */
/** GET /store/inquiries/:token: what the buyer's private page shows (never staff notes, offers or assignment). */
export type StoreInquiryView = InquiryTerms & {
  reference: string
  status: InquiryStatus
  locale: Locale
  created_at: string
  buyer_name: string
  buyer_company: string | null
  target_price: number | null
  currency: string
  items: {
    id: string
    title: string
    description: string | null
    quantity: number
    unit: string
    product?: { handle: string } | null
  }[]
  messages: InquiryMessage[]
  quote: Omit<InquiryQuote, "id"> | null
  timeline: { status: string; at: string; by: string }[]
  order?: { id: string; display_id: number } | null
}
export type StoreInquiryResponse = { inquiry: StoreInquiryView }

/** GET /admin/inquiries: one row of the list. */
export type AdminInquiryRow = {
  id: string
  reference: string
  status: string
  created_at: string
  buyer_name: string
  buyer_company: string | null
  buyer_email: string
  buyer_country: string
  incoterm: string
  destination: string
  currency: string
  assigned_to: string | null
  items: { id: string; title: string; quantity: number; unit: string }[]
  msmes?: { id: string; name: string }[]
}

/** GET /admin/inquiries/:id and every staff action on it: the whole inquiry as staff mediate it. */
export type AdminInquiryDetail = Omit<AdminInquiryRow, "items" | "msmes"> & {
  buyer_phone: string | null
  target_price: number | null
  certificates: string[]
  sample_requested: boolean
  expected_date: string | null
  locale: string
  history: {
    entries: {
      from: string | null
      to: string
      at: string
      actor_type: string
      actor_id: string | null
      note: string | null
    }[]
  }
  items: {
    id: string
    title: string
    quantity: number
    unit: string
    description: string | null
    product?: { handle: string; title: string } | null
    assigned_msme_id: string | null
    offers: (InquiryOffer & { note: string | null })[]
  }[]
  messages: (InquiryMessage & { internal: boolean })[]
  quotes: InquiryQuote[]
  msmes: { id: string; name: string; email: string | null; whatsapp: string | null }[]
  order?: { id: string; display_id: number; status: string } | null
  assignee: { id: string; email: string } | null
  buyer_link: string
  whatsapp_url: string | null
}
