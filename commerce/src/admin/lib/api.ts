/**
 * Staff calls to our /admin/inquiries routes from Medusa Admin: same origin, the admin session
 * cookie authenticates them. Errors carry Medusa's message so staff read what went wrong.
 */
export async function adminFetch<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const res = await fetch(path, {
    method: init?.method ?? "GET",
    credentials: "include",
    headers: { "content-type": "application/json" },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const body = (await res.json().catch(() => ({}))) as { message?: string }
  if (!res.ok) throw new Error(body.message ?? `HTTP ${res.status}`)
  return body as T
}

export type InquiryRow = {
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

export type InquiryDetail = Omit<InquiryRow, "items" | "msmes"> & {
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
    offers: {
      id: string
      unit_price: number
      currency: string
      capacity_per_month: number | null
      lead_time_days: number | null
      note: string | null
      entered_by_type: string
    }[]
  }[]
  messages: {
    id: string
    author_type: string
    author_name: string
    body: string
    internal: boolean
    created_at: string
  }[]
  quotes: {
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
  }[]
  msmes: { id: string; name: string; email: string | null; whatsapp: string | null }[]
  order?: { id: string; display_id: number; status: string } | null
  assignee: { id: string; email: string } | null
  buyer_link: string
  whatsapp_url: string | null
}

export const STATUS_COLOR: Record<string, "grey" | "blue" | "orange" | "green" | "red" | "purple"> = {
  submitted: "blue",
  in_review: "orange",
  quoted: "purple",
  accepted: "green",
  declined: "red",
  expired: "grey",
}
