import { Badge, Button, Container, Heading, Input, Label, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { type FormEvent, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { adminFetch, type InquiryDetail, STATUS_COLOR, useInquiry, useInquiryAction } from "../../../lib/api"

const CURRENCIES = ["USD", "SGD", "MYR", "IDR", "EUR", "AUD", "AED", "SAR"]
const INCOTERMS = ["EXW", "FCA", "FOB", "CFR", "CIF", "DAP", "DDP"]
const field = "bg-ui-bg-field shadow-borders-base rounded-md px-2 py-1 text-sm"

const done = (what: string) => ({
  onSuccess: () => toast.success(what),
  onError: (e: Error) => toast.error(e.message),
})

/** One inquiry: the buyer and terms, lines with MSME offers, the thread, quotes, assignment and history. */
const InquiryPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, error } = useInquiry(id)
  if (isLoading) return <Text>Loading ...</Text>
  if (error || !data)
    return <Text className="text-ui-fg-error">{String((error as Error)?.message ?? "Not found")}</Text>
  const inq = data.inquiry
  const open = !["accepted", "declined", "expired"].includes(inq.status)
  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <Heading level="h1">
            {inq.reference} <Badge color={STATUS_COLOR[inq.status] ?? "grey"}>{inq.status.replace("_", " ")}</Badge>
          </Heading>
          <Text className="text-ui-fg-subtle">
            {inq.buyer_name}
            {inq.buyer_company ? `, ${inq.buyer_company}` : ""} · {inq.buyer_country} ·{" "}
            <a className="text-ui-fg-interactive" href={`mailto:${inq.buyer_email}`}>
              {inq.buyer_email}
            </a>
            {inq.whatsapp_url && (
              <>
                {" "}
                ·{" "}
                <a className="text-ui-fg-interactive" href={inq.whatsapp_url} target="_blank" rel="noreferrer">
                  WhatsApp {inq.buyer_phone}
                </a>
              </>
            )}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {inq.incoterm} {inq.destination} · {inq.currency}
            {inq.target_price != null ? ` · target ${inq.target_price}` : ""}
            {inq.certificates.length ? ` · certificates: ${inq.certificates.join(", ")}` : ""}
            {inq.sample_requested ? " · samples requested" : ""}
            {inq.expected_date ? ` · wanted by ${inq.expected_date.slice(0, 10)}` : ""} · buyer writes in{" "}
            {inq.locale === "id" ? "Indonesian" : "English"}
          </Text>
          {inq.order && (
            <Text size="small">
              Draft order <Link to={`/draft-orders/${inq.order.id}`}>#{inq.order.display_id}</Link> ({inq.order.status})
            </Text>
          )}
        </div>
        <StatusActions inquiry={inq} />
      </Container>
      <Assign inquiry={inq} />
      <Items inquiry={inq} />
      <Thread inquiry={inq} />
      <Quotes inquiry={inq} open={open} />
      <Container>
        <Heading level="h2">History</Heading>
        <ol className="mt-2 list-decimal pl-6 text-sm">
          {inq.history.entries.map((e) => (
            <li key={`${e.at}-${e.to}`}>
              {new Date(e.at).toLocaleString()}: {e.from ?? "new"} → {e.to} by {e.actor_type}
              {e.actor_id ? ` (${e.actor_id})` : ""}
              {e.note ? `: ${e.note}` : ""}
            </li>
          ))}
        </ol>
        <Text size="small" className="mt-2 text-ui-fg-subtle">
          Buyer's private page: <code>{inq.buyer_link}</code>
        </Text>
      </Container>
    </div>
  )
}

function StatusActions({ inquiry }: { inquiry: InquiryDetail }) {
  const move = useInquiryAction(inquiry.id, "status")
  const [note, setNote] = useState("")
  if (["accepted", "declined", "expired"].includes(inquiry.status)) return null
  return (
    <div className="flex flex-wrap items-end gap-2">
      {inquiry.status === "submitted" && (
        <Button size="small" onClick={() => move.mutate({ to: "in_review" }, done("In review"))}>
          Take into review
        </Button>
      )}
      <Input
        size="small"
        aria-label="Reason for declining"
        placeholder="Reason (the buyer reads it)"
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button
        size="small"
        variant="danger"
        disabled={!note.trim()}
        onClick={() => move.mutate({ to: "declined", note }, done("Declined"))}
      >
        Decline
      </Button>
    </div>
  )
}

function Assign({ inquiry }: { inquiry: InquiryDetail }) {
  const assign = useInquiryAction(inquiry.id, "assign")
  const users = useQuery({
    queryKey: ["galeri-staff"],
    queryFn: () => adminFetch<{ users: { id: string; email: string }[] }>("/admin/users?limit=100&fields=id,email"),
  })
  return (
    <Container className="flex flex-wrap items-center gap-3">
      <Label htmlFor="assignee">Assigned to</Label>
      <select
        id="assignee"
        className={field}
        value={inquiry.assigned_to ?? ""}
        onChange={(e) => assign.mutate({ user_id: e.target.value || null }, done("Assignment saved"))}
      >
        <option value="">Nobody</option>
        {(users.data?.users ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {u.email}
          </option>
        ))}
      </select>
      <Text size="small" className="text-ui-fg-subtle">
        MSMEs:{" "}
        {inquiry.msmes.map((m) => `${m.name}${m.whatsapp ? ` (WA ${m.whatsapp})` : ""}`).join(", ") ||
          "none (free-text lines only)"}
      </Text>
    </Container>
  )
}

/** Gives a line to an MSME (for free-text lines, or a second maker): its sellers then see it and offer. */
function AssignLine({ inquiry, itemId, current }: { inquiry: InquiryDetail; itemId: string; current: string | null }) {
  const assign = useInquiryAction(inquiry.id, `lines/${itemId}`)
  const { data } = useQuery({
    queryKey: ["galeri-msmes-active"],
    queryFn: () =>
      adminFetch<{ msmes: { id: string; name: string; kecamatan: string }[] }>("/admin/msmes?status=active&limit=100"),
  })
  return (
    <label className="mt-1 flex items-center gap-2 text-sm">
      Given to MSME
      <select
        className={field}
        value={current ?? ""}
        onChange={(e) => assign.mutate({ msme_id: e.target.value || null }, done("Line assigned"))}
      >
        <option value="">(the product's maker)</option>
        {(data?.msmes ?? []).map((m) => (
          <option key={m.id} value={m.id}>
            {m.name} ({m.kecamatan})
          </option>
        ))}
      </select>
    </label>
  )
}

function Items({ inquiry }: { inquiry: InquiryDetail }) {
  const offer = useInquiryAction(inquiry.id, "offers")
  const submit = (itemId: string) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const num = (k: string) => (form.get(k) ? Number(form.get(k)) : undefined)
    offer.mutate(
      {
        item_id: itemId,
        unit_price: num("unit_price"),
        currency: String(form.get("currency")),
        capacity_per_month: num("capacity_per_month"),
        lead_time_days: num("lead_time_days"),
        note: String(form.get("note") ?? "") || undefined,
      },
      done("Offer recorded"),
    )
  }
  return (
    <Container>
      <Heading level="h2">Lines and MSME offers</Heading>
      <ul className="mt-2 flex flex-col gap-4">
        {inquiry.items.map((item) => (
          <li key={item.id}>
            <Text weight="plus">
              {item.quantity} {item.unit} · {item.title}
              {item.description ? ` (${item.description})` : ""}
            </Text>
            <AssignLine inquiry={inquiry} itemId={item.id} current={item.assigned_msme_id} />
            <ul className="pl-4 text-sm">
              {item.offers.map((o) => (
                <li key={o.id}>
                  {o.currency} {o.unit_price} per {item.unit}
                  {o.capacity_per_month != null ? `, capacity ${o.capacity_per_month}/month` : ""}
                  {o.lead_time_days != null ? `, ${o.lead_time_days} days` : ""} ({o.entered_by_type})
                  {o.note ? `: ${o.note}` : ""}
                </li>
              ))}
            </ul>
            <form className="mt-1 flex flex-wrap items-end gap-2" onSubmit={submit(item.id)}>
              <Input
                size="small"
                name="unit_price"
                type="number"
                step="any"
                min="0"
                aria-label="MSME unit price"
                placeholder="MSME unit price"
              />
              <select name="currency" className={field} defaultValue="IDR" aria-label="Currency">
                {CURRENCIES.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
              <Input
                size="small"
                name="capacity_per_month"
                type="number"
                min="0"
                aria-label="Capacity per month"
                placeholder="Capacity / month"
              />
              <Input
                size="small"
                name="lead_time_days"
                type="number"
                min="0"
                aria-label="Lead time (days)"
                placeholder="Lead time (days)"
              />
              <Input size="small" name="note" aria-label="Note" placeholder="Note" />
              <Button size="small" variant="secondary" type="submit">
                Record offer
              </Button>
            </form>
          </li>
        ))}
      </ul>
    </Container>
  )
}

function Thread({ inquiry }: { inquiry: InquiryDetail }) {
  const post = useInquiryAction(inquiry.id, "messages")
  const [body, setBody] = useState("")
  const [internal, setInternal] = useState(false)
  return (
    <Container>
      <Heading level="h2">Conversation</Heading>
      <ol className="mt-2 flex flex-col gap-2">
        {inquiry.messages.map((m) => (
          <li key={m.id} className={`rounded-md p-2 ${m.internal ? "bg-ui-bg-highlight" : "bg-ui-bg-subtle"}`}>
            <Text size="small" className="text-ui-fg-subtle">
              {m.author_name} ({m.author_type}) · {new Date(m.created_at).toLocaleString()}
              {m.internal ? " · internal note" : ""}
            </Text>
            <Text className="whitespace-pre-wrap">{m.body}</Text>
          </li>
        ))}
      </ol>
      <form
        className="mt-3 flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault()
          post.mutate(
            { body, internal },
            { ...done(internal ? "Note saved" : "Reply sent"), onSettled: () => setBody("") },
          )
        }}
      >
        <Label htmlFor="reply">Reply to the buyer</Label>
        <Textarea id="reply" value={body} onChange={(e) => setBody(e.target.value)} required maxLength={4000} />
        <div className="flex items-center gap-2">
          <Switch id="internal" checked={internal} onCheckedChange={setInternal} />
          <Label htmlFor="internal">Internal note (staff only)</Label>
          <Button size="small" type="submit" disabled={!body.trim()}>
            {internal ? "Save note" : "Send reply"}
          </Button>
        </div>
      </form>
    </Container>
  )
}

function Quotes({ inquiry, open }: { inquiry: InquiryDetail; open: boolean }) {
  const send = useInquiryAction(inquiry.id, "quotes")
  const inMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    send.mutate(
      {
        currency: String(form.get("currency")),
        incoterm: String(form.get("incoterm")),
        valid_until: String(form.get("valid_until")),
        lead_time_days: Number(form.get("lead_time_days")),
        notes: String(form.get("notes") ?? "") || undefined,
        lines: inquiry.items
          .filter((item) => form.get(`price-${item.id}`))
          .map((item) => ({
            item_id: item.id,
            quantity: Number(form.get(`qty-${item.id}`) || item.quantity),
            unit_price: Number(form.get(`price-${item.id}`)),
          })),
      },
      done("Quote sent to the buyer"),
    )
  }
  return (
    <Container>
      <Heading level="h2">Quotes</Heading>
      {inquiry.quotes.map((q) => (
        <div key={q.id} className="mt-2 text-sm">
          <Text weight="plus">
            Quote {q.number} · {q.status} · {q.currency} {q.total} {q.incoterm} · valid until{" "}
            {q.valid_until.slice(0, 10)} · {q.lead_time_days} days
          </Text>
          <ul className="pl-4">
            {q.lines.map((l) => (
              <li key={l.title}>
                {l.quantity} {l.unit} {l.title} at {q.currency} {l.unit_price}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {open && (
        <form className="mt-3 flex flex-col gap-2" onSubmit={submit}>
          <Text weight="plus">{inquiry.quotes.length ? "Send a revised quote" : "Write the quote"}</Text>
          {inquiry.items.map((item) => (
            <div key={item.id} className="flex flex-wrap items-center gap-2">
              <Text className="min-w-64">{item.title}</Text>
              <Input
                size="small"
                name={`qty-${item.id}`}
                type="number"
                min="1"
                defaultValue={item.quantity}
                aria-label={`Quantity of ${item.title}`}
              />
              <Input
                size="small"
                name={`price-${item.id}`}
                type="number"
                step="any"
                min="0"
                aria-label={`Unit price of ${item.title}`}
                placeholder="Unit price"
              />
            </div>
          ))}
          <div className="flex flex-wrap items-end gap-2">
            <select name="currency" className={field} defaultValue={inquiry.currency} aria-label="Quote currency">
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
            <select name="incoterm" className={field} defaultValue={inquiry.incoterm} aria-label="Incoterm">
              {INCOTERMS.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
            <Input
              size="small"
              name="valid_until"
              type="date"
              defaultValue={inMonth}
              required
              aria-label="Valid until"
            />
            <Input
              size="small"
              name="lead_time_days"
              type="number"
              min="0"
              defaultValue={45}
              required
              aria-label="Lead time (days)"
            />
          </div>
          <Textarea
            name="notes"
            aria-label="Notes for the buyer"
            placeholder="Notes for the buyer (samples, packing, payment terms)"
          />
          <Button size="small" type="submit">
            Send quote
          </Button>
        </form>
      )}
    </Container>
  )
}

export default InquiryPage
