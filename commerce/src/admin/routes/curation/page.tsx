import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { Paging } from "../../components/paging"
import { adminFetch } from "../../lib/api"
import { field, GRADE_COLOR, useText } from "../../lib/text"

type QueueItem = {
  product_id: string
  title: string
  handle: string
  thumbnail: string | null
  category: { handle: string; name: string } | null
  msme: { id: string; handle: string; name: string; kecamatan: string; status: string } | null
  curation: { status: string; grade: string | null; since: string | null; revision_status: string | null }
}

const STATUSES = ["submitted", "revision", "changes_requested", "approved", "rejected"] as const
const PAGE = 50

/** Products waiting for curators, oldest first; filters by category, kecamatan and MSME. */
const CurationQueuePage = () => {
  const { t } = useText()
  const [status, setStatus] = useState<(typeof STATUSES)[number]>("submitted")
  const [category, setCategory] = useState("")
  const [kecamatan, setKecamatan] = useState("")
  const [msme, setMsme] = useState("")
  const [offset, setOffset] = useState(0)
  // a changed filter starts again at the first page
  const refilter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value)
      setOffset(0)
    }
  const params = new URLSearchParams({ status, limit: String(PAGE), offset: String(offset) })
  if (category) params.set("category", category)
  if (kecamatan) params.set("kecamatan", kecamatan)
  if (msme.trim()) params.set("msme", msme.trim())
  const { data, isLoading, error } = useQuery({
    queryKey: ["galeri-curation", params.toString()],
    queryFn: () =>
      adminFetch<{
        items: QueueItem[]
        count: number
        choices: { categories: { handle: string; name: string }[]; kecamatan: string[] }
      }>(`/admin/curation?${params}`),
    placeholderData: (previous) => previous,
  })
  // the filters' choices: what is present in this status, from the server
  const categories = (data?.choices.categories ?? []).map((c) => [c.handle, c.name] as const)
  const kecamatans = data?.choices.kecamatan ?? []
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <Heading level="h1">{t("curation.title")}</Heading>
        <div className="flex flex-wrap gap-2">
          <label className="sr-only" htmlFor="cur-status">
            {t("common.status")}
          </label>
          <select
            id="cur-status"
            className={field}
            value={status}
            onChange={(e) => refilter(setStatus)(e.target.value as typeof status)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`curation.${s}`)}
              </option>
            ))}
          </select>
          <label className="sr-only" htmlFor="cur-category">
            {t("common.category")}
          </label>
          <select
            id="cur-category"
            className={field}
            value={category}
            onChange={(e) => refilter(setCategory)(e.target.value)}
          >
            <option value="">
              {t("common.category")}: {t("common.all")}
            </option>
            {categories.map(([handle, name]) => (
              <option key={handle} value={handle}>
                {name}
              </option>
            ))}
          </select>
          <label className="sr-only" htmlFor="cur-kecamatan">
            {t("common.kecamatan")}
          </label>
          <select
            id="cur-kecamatan"
            className={field}
            value={kecamatan}
            onChange={(e) => refilter(setKecamatan)(e.target.value)}
          >
            <option value="">
              {t("common.kecamatan")}: {t("common.all")}
            </option>
            {kecamatans.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
          <Input
            aria-label={t("curation.searchMsme")}
            placeholder={t("curation.searchMsme")}
            size="small"
            value={msme}
            onChange={(e) => refilter(setMsme)(e.target.value)}
          />
        </div>
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{String((error as Error).message)}</Text>
      ) : isLoading ? (
        <Text className="px-6 py-4">{t("common.loading")}</Text>
      ) : !data?.items.length ? (
        <Text className="px-6 py-4">{t("common.none")}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("curation.data")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.msme")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.category")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.kecamatan")}</Table.HeaderCell>
              <Table.HeaderCell>{t("curation.grade")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.since")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.items.map((item) => (
              <Table.Row key={item.product_id}>
                <Table.Cell>
                  <Link to={`/curation/${item.product_id}`} className="text-ui-fg-interactive">
                    {item.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{item.msme?.name ?? "-"}</Table.Cell>
                <Table.Cell>{item.category?.name ?? "-"}</Table.Cell>
                <Table.Cell>{item.msme?.kecamatan ?? "-"}</Table.Cell>
                <Table.Cell>
                  {item.curation.grade ? (
                    <Badge color={GRADE_COLOR[item.curation.grade]}>{item.curation.grade}</Badge>
                  ) : (
                    "-"
                  )}
                </Table.Cell>
                <Table.Cell>
                  {item.curation.since ? new Date(item.curation.since).toLocaleDateString() : "-"}
                </Table.Cell>
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
  label: "galeri.nav.curation",
  translationNs: "translation",
  icon: CheckCircle,
  rank: 1,
})

export default CurationQueuePage
