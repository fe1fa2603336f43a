import { Button, Container, Heading, Input, Text, Textarea } from "@medusajs/ui"
import type { FormEvent } from "react"
import { useInquiryAction } from "../../hooks/api/inquiries"
import type { InquiryDetail } from "../../lib/api"
import { field, useText } from "../../lib/text"
import { CURRENCIES, done, INCOTERMS } from "./shared"

export function Quotes({ inquiry, open }: { inquiry: InquiryDetail; open: boolean }) {
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
