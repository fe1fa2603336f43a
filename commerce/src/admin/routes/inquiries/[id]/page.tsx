import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { Assign } from "../../../components/inquiries/assign"
import { Items } from "../../../components/inquiries/items"
import { Quotes } from "../../../components/inquiries/quotes"
import { StatusActions } from "../../../components/inquiries/status-actions"
import { Thread } from "../../../components/inquiries/thread"
import { useInquiry } from "../../../hooks/api/inquiries"
import { STATUS_COLOR } from "../../../lib/api"
import { useText } from "../../../lib/text"

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

export default InquiryPage
