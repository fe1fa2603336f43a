import { Badge, Heading, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import type { AdminMsmeResponse } from "../../../types/msme/responses"
import { linkStyle, useText } from "../../lib/text"
import { MSME_STATUS_COLOR, PERMIT_SHORT } from "./filters"

const day = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString() : "-")

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="px-6 py-4" aria-label={title}>
      <Heading level="h2" className="mb-3">
        {title}
      </Heading>
      {children}
    </section>
  )
}

export function Profile({ msme }: { msme: AdminMsmeResponse["msme"] }) {
  const { t } = useText()
  const rows: [string, unknown][] = [
    [t("msme.owner"), msme.owner_name],
    [t("common.kecamatan"), `${msme.kecamatan}, ${String(msme.desa ?? "")}`],
    [t("msme.address"), msme.address],
    [t("msme.whatsapp"), msme.whatsapp],
    [t("msme.email"), msme.email],
    [t("msme.established"), msme.established_year],
    [t("msme.employees"), msme.employees],
    [t("msme.source"), msme.source],
  ]
  return (
    <Section title={t("msme.profile")}>
      <div className="mb-3 flex items-center gap-2">
        <Badge color={MSME_STATUS_COLOR[msme.status] ?? "grey"}>{t(`reg.${msme.status}`)}</Badge>
        <Text className="text-ui-fg-subtle">
          {msme.sector === "craft" ? t("reg.craft") : t("reg.culinary")} · {String(msme.craft ?? "")}
        </Text>
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-ui-fg-subtle">{label}</dt>
            <dd>{value === null || value === undefined || value === "" ? "-" : String(value)}</dd>
          </div>
        ))}
      </dl>
    </Section>
  )
}

export function Permits({ permits }: { permits: AdminMsmeResponse["msme"]["permits"] }) {
  const { t } = useText()
  return (
    <Section title={t("msme.permits")}>
      {permits.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("permits.type")}</Table.HeaderCell>
              <Table.HeaderCell>{t("permits.number")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
              <Table.HeaderCell>{t("permits.validity")}</Table.HeaderCell>
              <Table.HeaderCell>{t("msme.document")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {permits.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>{PERMIT_SHORT[p.type] ?? p.type.toUpperCase()}</Table.Cell>
                <Table.Cell className="font-mono text-xs">{p.number}</Table.Cell>
                <Table.Cell>
                  <Badge
                    size="2xsmall"
                    color={p.status === "verified" ? "green" : p.status === "pending" ? "orange" : "red"}
                  >
                    {t(`permits.${p.status}`)}
                  </Badge>
                  {p.rejection_reason ? <div className="text-ui-fg-subtle text-xs">{p.rejection_reason}</div> : null}
                </Table.Cell>
                <Table.Cell>
                  {day(p.issued_at)} - {day(p.expires_at)}
                </Table.Cell>
                <Table.Cell>
                  {p.document_upload_id ? (
                    <a
                      className="underline underline-offset-2"
                      style={linkStyle}
                      href={`/admin/permits/${p.id}/document`}
                      target="_blank"
                      rel="noreferrer"
                    >
                      {t("common.open")}
                    </a>
                  ) : p.document_url ? (
                    <a
                      className="underline underline-offset-2"
                      style={linkStyle}
                      href={p.document_url}
                      target="_blank"
                      rel="noreferrer"
                    >
                      {t("common.open")}
                    </a>
                  ) : (
                    t("permits.noDocument")
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text>{t("msme.noPermits")}</Text>
      )}
    </Section>
  )
}

export function Products({ products }: { products: AdminMsmeResponse["products"] }) {
  const { t } = useText()
  return (
    <Section title={t("msme.products")}>
      {products.length ? (
        <ul className="grid gap-2 sm:grid-cols-2">
          {products.map((p) => (
            <li key={p.id} className="flex items-center gap-3">
              {p.thumbnail ? <img src={p.thumbnail} alt="" className="h-10 w-10 rounded object-cover" /> : null}
              <div>
                <Link to={`/curation/${p.id}`} className="underline underline-offset-2" style={linkStyle}>
                  {p.title}
                </Link>
                <div className="text-ui-fg-subtle text-xs">
                  {t(`state.${p.product_curation?.status ?? "draft"}`)}
                  {p.product_curation?.grade ? ` · ${p.product_curation.grade}` : ""} · {p.status}
                </div>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <Text>{t("msme.noProducts")}</Text>
      )}
    </Section>
  )
}

export function Sellers({ data }: { data: AdminMsmeResponse }) {
  const { t } = useText()
  return (
    <Section title={t("msme.sellers")}>
      {data.sellers.length ? (
        <ul className="text-sm">
          {data.sellers.map((s) => (
            <li key={s.id}>
              {s.name} &lt;{s.email}&gt; · {s.role} ·{" "}
              {s.onboarding === "staff_assisted" ? t("reg.onlineStaff") : s.onboarding}
            </li>
          ))}
        </ul>
      ) : (
        <Text>{t("msme.noSellers")}</Text>
      )}
      {data.invitations.length ? (
        <>
          <Heading level="h3" className="mt-3">
            {t("msme.invitations")}
          </Heading>
          <ul className="text-sm">
            {data.invitations.map((i) => (
              <li key={i.id}>
                {i.name} &lt;{i.email}&gt; ·{" "}
                {i.accepted_at
                  ? `${t("msme.accepted")} ${day(i.accepted_at)}`
                  : `${t("msme.expires")} ${day(i.expires_at)}`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  )
}

export function Turnover({ data }: { data: AdminMsmeResponse }) {
  const { t, lang } = useText()
  const money = (amount: number, currency: string) =>
    new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-GB", {
      style: "currency",
      currency: currency.toUpperCase(),
      maximumFractionDigits: currency === "idr" ? 0 : 2,
    }).format(amount)
  return (
    <Section title={t("msme.turnover")}>
      {data.turnover.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("msme.month")}</Table.HeaderCell>
              <Table.HeaderCell>{t("msme.orders")}</Table.HeaderCell>
              <Table.HeaderCell>{t("msme.quantity")}</Table.HeaderCell>
              <Table.HeaderCell>{t("msme.amount")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.turnover.map((m) => (
              <Table.Row key={`${m.month}-${m.currency}`}>
                <Table.Cell>{m.month}</Table.Cell>
                <Table.Cell>{m.orders}</Table.Cell>
                <Table.Cell>{m.quantity}</Table.Cell>
                <Table.Cell>{money(m.amount, m.currency)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text>{t("msme.noTurnover")}</Text>
      )}
      {data.orders.length ? (
        <>
          <Heading level="h3" className="mt-3">
            {t("msme.recentOrders")}
          </Heading>
          <ul className="text-sm">
            {data.orders.map((o) => (
              <li key={o.line_id}>
                #{o.display_id} · {day(o.created_at)} · {o.quantity} × {o.title} · {money(o.amount, o.currency)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  )
}

export function Activity({ data, staffName }: { data: AdminMsmeResponse; staffName: (id: string | null) => string }) {
  const { t } = useText()
  return (
    <>
      <Section title={t("msme.inquiries")}>
        {data.inquiries.length ? (
          <ul className="text-sm">
            {data.inquiries.map((i) => (
              <li key={i.id}>
                <Link to={`/inquiries/${i.id}`} className="underline underline-offset-2" style={linkStyle}>
                  {i.reference}
                </Link>{" "}
                · {i.buyer_country} · {i.status.replace("_", " ")} · {day(i.created_at)}
              </li>
            ))}
          </ul>
        ) : (
          <Text>{t("msme.noInquiries")}</Text>
        )}
      </Section>
      <Section title={t("msme.cases")}>
        {data.facilitation_cases.length ? (
          <ul className="text-sm">
            {data.facilitation_cases.map((c) => (
              <li key={c.id}>
                {PERMIT_SHORT[c.permit_type] ?? c.permit_type} · {c.status.replace("_", " ")}
                {c.next_step ? ` · ${c.next_step}` : ""}
                {c.due_date ? ` (${day(c.due_date)})` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <Text>{t("msme.noCases")}</Text>
        )}
      </Section>
      <Section title={t("msme.history")}>
        {data.history.length ? (
          <ol className="text-sm">
            {data.history.map((h) => (
              <li key={h.id}>
                {day(h.created_at)} · {t("msme.changedStatus")} {h.from_status ? `${t(`reg.${h.from_status}`)} → ` : ""}
                {t(`reg.${h.to_status}`)} · {h.source}
                {h.actor_id ? ` · ${staffName(h.actor_id)}` : ""}
                {h.reason ? ` · “${h.reason}”` : ""}
              </li>
            ))}
          </ol>
        ) : (
          <Text>{t("msme.noHistory")}</Text>
        )}
      </Section>
    </>
  )
}

const MARKET_KEY: Record<string, string> = { sg: "msme.marketSg", my: "msme.marketMy", me: "msme.marketMe" }

/** Export readiness per market (score, and the next steps, heaviest first). */
export function Readiness({ data }: { data: AdminMsmeResponse }) {
  const { t, lang } = useText()
  return (
    <Section title={t("msme.readiness")}>
      <ul className="grid gap-3 sm:grid-cols-3">
        {data.readiness.map((r) => (
          <li key={r.market}>
            <Text className="font-medium">
              {t(MARKET_KEY[r.market] ?? r.market)}: {r.score}/100
            </Text>
            <ol className="text-ui-fg-subtle list-decimal pl-4 text-xs">
              {r.steps.map((s) => (
                <li key={s.key}>{lang === "id" ? s.step.id : s.step.en}</li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </Section>
  )
}
