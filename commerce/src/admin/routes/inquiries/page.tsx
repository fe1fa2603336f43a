import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { Paging } from "../../components/paging"
import { adminFetch, type InquiryRow, STATUS_COLOR } from "../../lib/api"
import { useText } from "../../lib/text"

const STATUSES = ["submitted", "in_review", "quoted", "accepted", "declined", "expired"]
const PAGE = 20

/** Every export inquiry, newest first, filtered by status, country or a search of reference, buyer and company. */
const InquiriesPage = () => {
  const { t } = useText()
  const [status, setStatus] = useState("")
  const [q, setQ] = useState("")
  const [country, setCountry] = useState("")
  const [offset, setOffset] = useState(0)
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(offset) })
  if (status) params.set("status", status)
  if (q.trim()) params.set("q", q.trim())
  if (/^[A-Za-z]{2}$/.test(country)) params.set("country", country.toUpperCase())
  const { data, isLoading, error } = useQuery({
    queryKey: ["galeri-inquiries", params.toString()],
    queryFn: () => adminFetch<{ inquiries: InquiryRow[]; count: number }>(`/admin/inquiries?${params}`),
  })
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <Heading level="h1">{t("inq.title")}</Heading>
        <div className="flex flex-wrap gap-2">
          <label className="sr-only" htmlFor="inq-status">
            {t("inq.status")}
          </label>
          <select
            id="inq-status"
            className="bg-ui-bg-field shadow-borders-base rounded-md px-2 py-1 text-sm"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value)
              setOffset(0)
            }}
          >
            <option value="">{t("inq.allStatuses")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.replace("_", " ")}
              </option>
            ))}
          </select>
          <Input
            aria-label={t("inq.country")}
            placeholder={t("inq.countryPlaceholder")}
            size="small"
            value={country}
            onChange={(e) => setCountry(e.target.value)}
          />
          <Input
            aria-label={t("inq.search")}
            type="search"
            placeholder={t("inq.searchPlaceholder")}
            size="small"
            value={q}
            onChange={(e) => {
              setQ(e.target.value)
              setOffset(0)
            }}
          />
        </div>
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{String((error as Error).message)}</Text>
      ) : isLoading ? (
        <Text className="px-6 py-4">{t("inq.loading")}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("inq.reference")}</Table.HeaderCell>
              <Table.HeaderCell>{t("inq.buyer")}</Table.HeaderCell>
              <Table.HeaderCell>{t("inq.countryCol")}</Table.HeaderCell>
              <Table.HeaderCell>{t("inq.asksFor")}</Table.HeaderCell>
              <Table.HeaderCell>{t("inq.terms")}</Table.HeaderCell>
              <Table.HeaderCell>{t("inq.status")}</Table.HeaderCell>
              <Table.HeaderCell>{t("inq.received")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.inquiries ?? []).map((inq) => (
              <Table.Row key={inq.id}>
                <Table.Cell>
                  <Link to={`/inquiries/${inq.id}`} className="text-ui-fg-interactive">
                    {inq.reference}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  {inq.buyer_name}
                  {inq.buyer_company ? ` (${inq.buyer_company})` : ""}
                </Table.Cell>
                <Table.Cell>{inq.buyer_country}</Table.Cell>
                <Table.Cell>{inq.items.map((i) => `${i.quantity} ${i.unit} ${i.title}`).join("; ")}</Table.Cell>
                <Table.Cell>
                  {inq.incoterm} {inq.destination}
                </Table.Cell>
                <Table.Cell>
                  <Badge color={STATUS_COLOR[inq.status] ?? "grey"}>{inq.status.replace("_", " ")}</Badge>
                </Table.Cell>
                <Table.Cell>{new Date(inq.created_at).toLocaleDateString()}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <Paging count={data?.count ?? 0} size={PAGE} offset={offset} onOffset={setOffset} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "galeri.nav.inquiries",
  translationNs: "translation",
  icon: ChatBubbleLeftRight,
  rank: 4,
})

export default InquiriesPage
