import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { type ReactElement, useState } from "react"
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts"
import { KECAMATAN } from "../../../modules/msme/places"
import type { DashboardResponse, ReadinessResponse } from "../../../types/office/http"
import { SelectField } from "../../components/select-field"
import { adminFetch } from "../../lib/api"
import { linkStyle, useText } from "../../lib/text"

const YEARS = Array.from({ length: 5 }, (_, i) => new Date().getFullYear() - i)
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]

/** "Sasaran": the office's indicators live from the data, against the year's targets, with charts and their numbers. */
const OfficePage = () => {
  const { t, lang } = useText()
  const [year, setYear] = useState(String(new Date().getFullYear()))
  const [kecamatan, setKecamatan] = useState("")
  const [sector, setSector] = useState("")
  const [month, setMonth] = useState(String(new Date().getMonth() + 1))
  const params = new URLSearchParams({ year })
  if (kecamatan) params.set("kecamatan", kecamatan)
  if (sector) params.set("sector", sector)
  const { data, error, isLoading } = useQuery({
    queryKey: ["galeri-office", params.toString()],
    queryFn: () => adminFetch<DashboardResponse>(`/admin/office/dashboard?${params}`),
  })
  // readiness is a request of its own: its panel fills in without holding up the cards
  const readiness = useQuery({
    queryKey: ["galeri-office-readiness", params.toString()],
    queryFn: () => adminFetch<ReadinessResponse>(`/admin/office/readiness?${params}`),
  })
  const locale = lang === "id" ? "id-ID" : "en-GB"
  const fmt = (value: number | null, unit: string) => {
    if (value === null) return "-"
    const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)
    return unit === "percent" ? `${n}%` : unit === "idr" ? `Rp ${n}` : unit === "days" ? `${n} d` : n
  }
  return (
    <div className="flex flex-col gap-4">
      <Container className="flex flex-wrap items-end justify-between gap-3 px-6 py-4">
        <Heading level="h1">
          {t("office.title")} {year}
        </Heading>
        <div className="flex flex-wrap items-end gap-3">
          <SelectField
            id="off-year"
            label={t("office.year")}
            value={year}
            onChange={setYear}
            options={YEARS.map((y) => [String(y), String(y)] as [string, string])}
          />
          <SelectField
            id="off-kec"
            label={t("common.kecamatan")}
            value={kecamatan}
            onChange={setKecamatan}
            options={[["", t("reg.allKecamatan")], ...KECAMATAN.map((k) => [k, k] as [string, string])]}
          />
          <SelectField
            id="off-sector"
            label={`${t("reg.craft")} / ${t("reg.culinary")}`}
            value={sector}
            onChange={setSector}
            options={[
              ["", t("office.allSectors")],
              ["craft", t("reg.craft")],
              ["culinary", t("reg.culinary")],
            ]}
          />
          <a
            className="underline underline-offset-2 text-sm"
            style={linkStyle}
            href={`/admin/office/dashboard/export?${params}&format=xlsx&lang=${lang}`}
            download
          >
            {t("office.exportXlsx")}
          </a>
          <SelectField
            id="off-month"
            label={t("office.reportMonth")}
            value={month}
            onChange={setMonth}
            options={MONTHS.map(
              (m) =>
                [String(m), new Date(2000, m - 1, 1).toLocaleString(locale, { month: "long" })] as [string, string],
            )}
          />
          <a
            className="underline underline-offset-2 text-sm"
            style={linkStyle}
            href={`/admin/office/dashboard/export?${params}&format=pdf&month=${month}&lang=${lang}`}
            download
          >
            {t("office.exportPdf")}
          </a>
        </div>
      </Container>
      {error ? <Text className="text-ui-fg-error">{String((error as Error).message)}</Text> : null}
      {isLoading || !data ? (
        <Text>{t("common.loading")}</Text>
      ) : (
        <>
          <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label={t("office.title")}>
            {data.indicators.map((i) => (
              <li key={i.key} className="bg-ui-bg-base shadow-elevation-card-rest rounded-lg p-4">
                <Text className="text-ui-fg-subtle text-sm">{t(`ind.${i.key}`)}</Text>
                <p className="text-2xl font-semibold" data-indicator={i.key}>
                  {fmt(i.value, i.unit)}
                </p>
                {i.target !== null ? (
                  <>
                    <div
                      className="bg-ui-bg-subtle mt-2 h-2 overflow-hidden rounded"
                      role="progressbar"
                      aria-label={`${t(`ind.${i.key}`)}: ${i.progress ?? 0}% ${t("office.progress")}`}
                      aria-valuenow={Math.min(100, i.progress ?? 0)}
                      aria-valuemin={0}
                      aria-valuemax={100}
                    >
                      <div
                        className={(i.progress ?? 0) >= 100 ? "h-2 bg-green-600" : "bg-ui-fg-interactive h-2"}
                        style={{ width: `${Math.min(100, i.progress ?? 0)}%` }}
                      />
                    </div>
                    <Text className="text-ui-fg-subtle mt-1 text-xs">
                      {t("office.target")}: {fmt(i.target, i.unit)} · {i.progress ?? 0}% {t("office.progress")}
                    </Text>
                  </>
                ) : (
                  <Text className="text-ui-fg-muted mt-1 text-xs">{t("office.noTarget")}</Text>
                )}
              </li>
            ))}
          </ul>
          <Charts data={data} readiness={readiness.data?.readiness ?? null} locale={locale} />
          <TargetsForm data={data} />
          <Text className="text-ui-fg-subtle text-xs">
            {t("office.rates")} {data.rates.date}: USD {data.rates.usd}, SGD {data.rates.sgd}, MYR {data.rates.myr}
          </Text>
        </>
      )}
    </div>
  )
}

/** The months as charts (new MSMEs and sellers; turnover against the year before), each with its numbers as a table. */
function Charts({
  data,
  readiness: distribution,
  locale,
}: {
  data: DashboardResponse
  readiness: ReadinessResponse["readiness"] | null
  locale: string
}) {
  const { t } = useText()
  const months = data.series.months.map((m) => ({ ...m, label: m.month.slice(5) }))
  const readiness = (distribution ?? []).map((r) => ({ ...r, label: t(`office.market_${r.market}`) }))
  const n = (v: number) => new Intl.NumberFormat(locale).format(v)
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <ChartCard
        title={`${t("office.newMsmes")} / ${t("office.newSellers")}`}
        columns={[t("office.month"), t("office.newMsmes"), t("office.newSellers")]}
        rows={months.map((m) => [m.month, n(m.new_msmes), n(m.new_sellers)])}
      >
        <BarChart data={months} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="new_msmes" name={t("office.newMsmes")} fill="#1d4ed8" />
          <Bar dataKey="new_sellers" name={t("office.newSellers")} fill="#b45309" />
        </BarChart>
      </ChartCard>
      <ChartCard
        title={t("office.turnover")}
        columns={[t("office.month"), t("office.turnover"), t("office.previousYear")]}
        rows={months.map((m) => [m.month, n(m.turnover), n(m.turnover_previous)])}
      >
        <LineChart data={months} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis tickFormatter={(v: number) => new Intl.NumberFormat(locale, { notation: "compact" }).format(v)} />
          <Tooltip formatter={(v) => n(Number(v))} />
          <Legend />
          <Line dataKey="turnover" name={String(data.year)} stroke="#1d4ed8" strokeWidth={2} />
          <Line dataKey="turnover_previous" name={String(data.year - 1)} stroke="#9ca3af" strokeDasharray="4 4" />
        </LineChart>
      </ChartCard>
      <ChartCard
        title={t("office.readinessTitle")}
        columns={[
          t("office.market"),
          t("office.band_ready"),
          t("office.band_on_the_way"),
          t("office.band_early"),
          t("office.averageScore"),
        ]}
        rows={readiness.map((r) => [
          r.label,
          n(r.ready),
          n(r.on_the_way),
          n(r.early),
          r.average === null ? "-" : String(r.average),
        ])}
      >
        <BarChart data={readiness} layout="vertical" accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={96} />
          <Tooltip formatter={(v) => n(Number(v))} />
          <Legend />
          <Bar dataKey="ready" stackId="r" name={t("office.band_ready")} fill="#15803d" />
          <Bar dataKey="on_the_way" stackId="r" name={t("office.band_on_the_way")} fill="#b45309" />
          <Bar dataKey="early" stackId="r" name={t("office.band_early")} fill="#9ca3af" />
        </BarChart>
      </ChartCard>
      <Container className="px-6 py-4">
        <Heading level="h2" className="mb-2">
          {t("office.byCountry")}
        </Heading>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("office.country")}</Table.HeaderCell>
              <Table.HeaderCell>{t("office.inquiries")}</Table.HeaderCell>
              <Table.HeaderCell>{t("office.quotes")}</Table.HeaderCell>
              <Table.HeaderCell>{t("office.accepted")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.series.inquiries_by_country.map((c) => (
              <Table.Row key={c.country}>
                <Table.Cell>{c.country}</Table.Cell>
                <Table.Cell>{c.inquiries}</Table.Cell>
                <Table.Cell>{c.quotes}</Table.Cell>
                <Table.Cell>{c.accepted}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

/** A chart (an image named by its title for assistive technology) and its numbers as a table. */
function ChartCard({
  title,
  columns,
  rows,
  children,
}: {
  title: string
  columns: string[]
  rows: string[][]
  children: ReactElement
}) {
  const { t } = useText()
  return (
    <Container className="px-6 py-4">
      <Heading level="h2" className="mb-2">
        {title}
      </Heading>
      <div role="img" aria-label={`${title}: ${t("office.chartNumbers")} ↓`} style={{ width: "100%", height: 240 }}>
        <ResponsiveContainer>{children}</ResponsiveContainer>
      </div>
      <details>
        <summary className="cursor-pointer text-sm underline underline-offset-2" style={linkStyle}>
          {t("office.chartNumbers")}
        </summary>
        <Table>
          <Table.Header>
            <Table.Row>
              {columns.map((c) => (
                <Table.HeaderCell key={c}>{c}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row[0]}>
                {row.map((cell, i) => (
                  <Table.Cell key={columns[i]}>{cell}</Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </details>
    </Container>
  )
}

/** Administrators set a target per indicator for the year (others read them; the API refuses their changes). */
function TargetsForm({ data }: { data: DashboardResponse }) {
  const { t } = useText()
  const client = useQueryClient()
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(data.indicators.map((i) => [i.key, i.target === null ? "" : String(i.target)])),
  )
  const save = useMutation({
    mutationFn: () =>
      adminFetch("/admin/office/targets", {
        method: "POST",
        body: {
          year: data.year,
          targets: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim() === "" ? null : Number(v)])),
        },
      }),
    onSuccess: () => {
      toast.success(t("office.targetsSaved"))
      client.invalidateQueries({ queryKey: ["galeri-office"] })
    },
    onError: (e) => toast.error((e as Error).message),
  })
  return (
    <Container className="px-6 py-4">
      <details>
        <summary className="cursor-pointer">
          <Heading level="h2" className="inline">
            {t("office.setTargets")} {data.year}
          </Heading>
        </summary>
        <form
          className="mt-3 grid gap-3 sm:grid-cols-2 xl:grid-cols-3"
          onSubmit={(e) => {
            e.preventDefault()
            save.mutate()
          }}
        >
          {data.indicators.map((i) => (
            <div key={i.key} className="flex flex-col gap-1">
              <Label htmlFor={`target-${i.key}`}>{t(`ind.${i.key}`)}</Label>
              <Input
                id={`target-${i.key}`}
                size="small"
                type="number"
                min="0"
                step="any"
                value={values[i.key] ?? ""}
                onChange={(e) => setValues({ ...values, [i.key]: e.target.value })}
              />
            </div>
          ))}
          <div>
            <Button type="submit" isLoading={save.isPending}>
              {t("office.saveTargets")}
            </Button>
          </div>
        </form>
      </details>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "galeri.nav.office",
  translationNs: "translation",
  icon: ChartBar,
  rank: 0,
})

export default OfficePage
