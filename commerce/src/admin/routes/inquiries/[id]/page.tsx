import { Badge, Button, Container, Heading, Input, Label, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { type FormEvent, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { adminFetch, type InquiryDetail, STATUS_COLOR, useInquiry, useInquiryAction } from "../../../lib/api"
import { useText } from "../../../lib/text"

const CURRENCIES = ["USD", "SGD", "MYR", "IDR", "EUR", "AUD", "AED", "SAR"]
const INCOTERMS = ["EXW", "FCA", "FOB", "CFR", "CIF", "DAP", "DDP"]
const field = "bg-ui-bg-field shadow-borders-base rounded-md px-2 py-1 text-sm"

const done = (what: string) => ({
  onSuccess: () => toast.success(what),
  onError: (e: Error) => toast.error(e.message),
})

/** One inquiry: the buyer and terms, lines with MSME offers, the thread, quotes, assignment and history. */
const InquiryPage = () => {
  const { t } = useText()
  const { id = "" } = useParams()
  const { data, isLoading, error } = useInquiry(id)
  if (isLoading) return <Text>{t("inq.loading")}</Text>
  if (error || !data)
    return <Text className="text-ui-fg-error">{String((error as Error)?.message ?? t("inq.notFound"))}</Text>
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
            {inq.target_price != null ? ` · ${t("inq.target")} ${inq.target_price}` : ""}
            {inq.certificates.length ? ` · ${t("inq.certificates")}: ${inq.certificates.join(", ")}` : ""}
            {inq.sample_requested ? ` · ${t("inq.samples")}` : ""}
            {inq.expected_date ? ` · ${t("inq.wantedBy")} ${inq.expected_date.slice(0, 10)}` : ""} ·{" "}
            {t("inq.buyerWrites")} {inq.locale === "id" ? t("inq.indonesian") : t("inq.english")}
          </Text>
          {inq.order && (
            <Text size="small">
              {t("inq.draftOrder")} <Link to={`/draft-orders/${inq.order.id}`}>#{inq.order.display_id}</Link> (
              {inq.order.status})
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
        <Heading level="h2">{t("inq.history")}</Heading>
        <ol className="mt-2 list-decimal pl-6 text-sm">
          {inq.history.entries.map((e) => (
            <li key={`${e.at}-${e.to}`}>
              {new Date(e.at).toLocaleString()}: {e.from ?? t("inq.new")} → {e.to} {t("inq.by")} {e.actor_type}
              {e.actor_id ? ` (${e.actor_id})` : ""}
              {e.note ? `: ${e.note}` : ""}
            </li>
          ))}
        </ol>
        <Text size="small" className="mt-2 text-ui-fg-subtle">
          {t("inq.privatePage")}: <code>{inq.buyer_link}</code>
        </Text>
      </Container>
    </div>
  )
}

function StatusActions({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useText()
  const move = useInquiryAction(inquiry.id, "status")
  const [note, setNote] = useState("")
  if (["accepted", "declined", "expired"].includes(inquiry.status)) return null
  return (
    <div className="flex flex-wrap items-end gap-2">
      {inquiry.status === "submitted" && (
        <Button size="small" onClick={() => move.mutate({ to: "in_review" }, done(t("inq.inReview")))}>
          {t("inq.takeReview")}
        </Button>
      )}
      <Input
        size="small"
        aria-label={t("inq.declineReason")}
        placeholder={t("inq.declinePlaceholder")}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button
        size="small"
        variant="danger"
        disabled={!note.trim()}
        onClick={() => move.mutate({ to: "declined", note }, done(t("inq.declined")))}
      >
        {t("inq.decline")}
      </Button>
    </div>
  )
}

function Assign({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useText()
  const assign = useInquiryAction(inquiry.id, "assign")
  const users = useQuery({
    queryKey: ["galeri-staff"],
    queryFn: () => adminFetch<{ users: { id: string; email: string }[] }>("/admin/staff/directory"),
  })
  return (
    <Container className="flex flex-wrap items-center gap-3">
      <Label htmlFor="assignee">{t("inq.assignedTo")}</Label>
      <select
        id="assignee"
        className={field}
        value={inquiry.assigned_to ?? ""}
        onChange={(e) => assign.mutate({ user_id: e.target.value || null }, done(t("inq.assignmentSaved")))}
      >
        <option value="">{t("inq.nobody")}</option>
        {(users.data?.users ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {u.email}
          </option>
        ))}
      </select>
      <Text size="small" className="text-ui-fg-subtle">
        {t("inq.msmes")}:{" "}
        {inquiry.msmes.map((m) => `${m.name}${m.whatsapp ? ` (WA ${m.whatsapp})` : ""}`).join(", ") || t("inq.noMsmes")}
      </Text>
    </Container>
  )
}

/** Gives a line to an MSME (for free-text lines, or a second maker): its sellers then see it and offer. */
function AssignLine({ inquiry, itemId, current }: { inquiry: InquiryDetail; itemId: string; current: string | null }) {
  const { t } = useText()
  const assign = useInquiryAction(inquiry.id, `lines/${itemId}`)
  const { data } = useQuery({
    queryKey: ["galeri-msmes-active"],
    queryFn: () =>
      adminFetch<{ msmes: { id: string; name: string; kecamatan: string }[] }>("/admin/msmes?status=active&limit=100"),
  })
  return (
    <label className="mt-1 flex items-center gap-2 text-sm">
      {t("inq.givenTo")}
      <select
        className={field}
        value={current ?? ""}
        onChange={(e) => assign.mutate({ msme_id: e.target.value || null }, done(t("inq.lineAssigned")))}
      >
        <option value="">{t("inq.productMaker")}</option>
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
  const { t } = useText()
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
      done(t("inq.offerRecorded")),
    )
  }
  return (
    <Container>
      <Heading level="h2">{t("inq.lines")}</Heading>
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
                  {o.currency} {o.unit_price} {t("inq.per")} {item.unit}
                  {o.capacity_per_month != null
                    ? `, ${t("inq.capacity")} ${o.capacity_per_month}/${t("inq.month")}`
                    : ""}
                  {o.lead_time_days != null ? `, ${o.lead_time_days} ${t("inq.days")}` : ""} ({o.entered_by_type})
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
                aria-label={t("inq.msmePrice")}
                placeholder={t("inq.msmePrice")}
              />
              <select name="currency" className={field} defaultValue="IDR" aria-label={t("inq.currency")}>
                {CURRENCIES.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
              <Input
                size="small"
                name="capacity_per_month"
                type="number"
                min="0"
                aria-label={t("inq.capacityMonth")}
                placeholder={t("inq.capacityShort")}
              />
              <Input
                size="small"
                name="lead_time_days"
                type="number"
                min="0"
                aria-label={t("inq.leadTime")}
                placeholder={t("inq.leadTime")}
              />
              <Input size="small" name="note" aria-label={t("inq.note")} placeholder={t("inq.note")} />
              <Button size="small" variant="secondary" type="submit">
                {t("inq.recordOffer")}
              </Button>
            </form>
          </li>
        ))}
      </ul>
    </Container>
  )
}

function Thread({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useText()
  const post = useInquiryAction(inquiry.id, "messages")
  const [body, setBody] = useState("")
  const [internal, setInternal] = useState(false)
  return (
    <Container>
      <Heading level="h2">{t("inq.conversation")}</Heading>
      <ol className="mt-2 flex flex-col gap-2">
        {inquiry.messages.map((m) => (
          <li key={m.id} className={`rounded-md p-2 ${m.internal ? "bg-ui-bg-highlight" : "bg-ui-bg-subtle"}`}>
            <Text size="small" className="text-ui-fg-subtle">
              {m.author_name} ({m.author_type}) · {new Date(m.created_at).toLocaleString()}
              {m.internal ? ` · ${t("inq.internalNote")}` : ""}
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
            { ...done(internal ? t("inq.noteSaved") : t("inq.replySent")), onSettled: () => setBody("") },
          )
        }}
      >
        <Label htmlFor="reply">{t("inq.replyLabel")}</Label>
        <Textarea id="reply" value={body} onChange={(e) => setBody(e.target.value)} required maxLength={4000} />
        <div className="flex items-center gap-2">
          <Switch id="internal" checked={internal} onCheckedChange={setInternal} />
          <Label htmlFor="internal">{t("inq.internalLabel")}</Label>
          <Button size="small" type="submit" disabled={!body.trim()}>
            {internal ? t("inq.saveNote") : t("inq.sendReply")}
          </Button>
        </div>
      </form>
    </Container>
  )
}

function Quotes({ inquiry, open }: { inquiry: InquiryDetail; open: boolean }) {
  const { t } = useText()
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
      done(t("inq.quoteSent")),
    )
  }
  return (
    <Container>
      <Heading level="h2">{t("inq.quotes")}</Heading>
      {inquiry.quotes.map((q) => (
        <div key={q.id} className="mt-2 text-sm">
          <Text weight="plus">
            {t("inq.quote")} {q.number} · {q.status} · {q.currency} {q.total} {q.incoterm} · {t("inq.validUntilShort")}{" "}
            {q.valid_until.slice(0, 10)} · {q.lead_time_days} {t("inq.days")}
          </Text>
          <ul className="pl-4">
            {q.lines.map((l) => (
              <li key={l.title}>
                {l.quantity} {l.unit} {l.title} {t("inq.at")} {q.currency} {l.unit_price}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {open && (
        <form className="mt-3 flex flex-col gap-2" onSubmit={submit}>
          <Text weight="plus">{inquiry.quotes.length ? t("inq.revisedQuote") : t("inq.writeQuote")}</Text>
          {inquiry.items.map((item) => (
            <div key={item.id} className="flex flex-wrap items-center gap-2">
              <Text className="min-w-64">{item.title}</Text>
              <Input
                size="small"
                name={`qty-${item.id}`}
                type="number"
                min="1"
                defaultValue={item.quantity}
                aria-label={`${t("inq.quantityOf")} ${item.title}`}
              />
              <Input
                size="small"
                name={`price-${item.id}`}
                type="number"
                step="any"
                min="0"
                aria-label={`${t("inq.unitPriceOf")} ${item.title}`}
                placeholder={t("inq.unitPrice")}
              />
            </div>
          ))}
          <div className="flex flex-wrap items-end gap-2">
            <select
              name="currency"
              className={field}
              defaultValue={inquiry.currency}
              aria-label={t("inq.quoteCurrency")}
            >
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
            <select name="incoterm" className={field} defaultValue={inquiry.incoterm} aria-label={t("inq.incoterm")}>
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
              aria-label={t("inq.validUntil")}
            />
            <Input
              size="small"
              name="lead_time_days"
              type="number"
              min="0"
              defaultValue={45}
              required
              aria-label={t("inq.leadTime")}
            />
          </div>
          <Textarea name="notes" aria-label={t("inq.notesBuyer")} placeholder={t("inq.notesBuyerHint")} />
          <Button size="small" type="submit">
            {t("inq.sendQuote")}
          </Button>
        </form>
      )}
    </Container>
  )
}

export default InquiryPage
