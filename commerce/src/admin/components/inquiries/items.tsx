import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import type { FormEvent } from "react"
import { useInquiryAction } from "../../hooks/api/inquiries"
import type { InquiryDetail } from "../../lib/api"
import { field, useText } from "../../lib/text"
import { AssignLine } from "./assign-line"
import { CURRENCIES, done } from "./shared"

export function Items({ inquiry }: { inquiry: InquiryDetail }) {
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
