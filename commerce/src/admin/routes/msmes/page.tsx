import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import {
  MSME_STATUS_COLOR,
  PERMIT_SHORT,
  RegistryFilterBar,
  type RegistryFilters,
} from "../../components/msmes/filters"
import { Paging } from "../../components/paging"
import { useRegistry } from "../../hooks/api/msmes"
import { linkStyle, useText } from "../../lib/text"

const PAGE = 25

/** The office's MSME registry: search, filter, sort and page in the database; the filter as XLSX or CSV. */
const RegistryPage = () => {
  const { t, lang } = useText()
  const [filters, setFilters] = useState<RegistryFilters>({})
  const [offset, setOffset] = useState(0)
  const params = new URLSearchParams({ ...filters, limit: String(PAGE), offset: String(offset) })
  if (!params.get("q")?.trim()) params.delete("q")
  const { data, isLoading, error } = useRegistry(params)
  const exportParams = new URLSearchParams(filters)
  exportParams.set("lang", lang)
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <Heading level="h1">{t("reg.title")}</Heading>
        <div className="flex gap-3 text-sm">
          <Link className="underline underline-offset-2" style={linkStyle} to="/msmes/import">
            {t("imp.link")}
          </Link>
          <a
            className="underline underline-offset-2"
            style={linkStyle}
            href={`/admin/msmes/export?${exportParams}&format=xlsx`}
            download
          >
            {t("reg.exportXlsx")}
          </a>
          <a
            className="underline underline-offset-2"
            style={linkStyle}
            href={`/admin/msmes/export?${exportParams}&format=csv`}
            download
          >
            {t("reg.exportCsv")}
          </a>
        </div>
      </div>
      <div className="px-6 py-4">
        <RegistryFilterBar
          value={filters}
          onChange={(next) => {
            setFilters(next)
            setOffset(0)
          }}
        />
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{String((error as Error).message)}</Text>
      ) : isLoading ? (
        <Text className="px-6 py-4">{t("common.loading")}</Text>
      ) : (
        <>
          <Text className="px-6 py-3 text-ui-fg-subtle" aria-live="polite">
            {(data?.count ?? 0).toLocaleString(lang === "id" ? "id-ID" : "en-GB")} {t("reg.count")}
          </Text>
          {data?.msmes.length ? (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("reg.name")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("reg.owner")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("reg.nib")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("reg.place")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("reg.permits")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("reg.sellers")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("reg.products")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("reg.exportReady")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("msme.readiness")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.msmes.map((m) => (
                  <Table.Row key={m.id}>
                    <Table.Cell>
                      <Link to={`/msmes/${m.id}`} className="underline underline-offset-2" style={linkStyle}>
                        {m.name}
                      </Link>
                      <div className="text-ui-fg-subtle text-xs">
                        {m.sector === "craft" ? t("reg.craft") : t("reg.culinary")} · {m.craft}
                      </div>
                    </Table.Cell>
                    <Table.Cell>{m.owner_name}</Table.Cell>
                    <Table.Cell className="font-mono text-xs">{m.nib ?? "-"}</Table.Cell>
                    <Table.Cell>
                      {m.kecamatan}
                      <div className="text-ui-fg-subtle text-xs">{m.desa}</div>
                    </Table.Cell>
                    <Table.Cell>
                      <Badge color={MSME_STATUS_COLOR[m.status] ?? "grey"}>{t(`reg.${m.status}`)}</Badge>
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-wrap gap-1">
                        {m.verified.map((type) => (
                          <Badge key={type} size="2xsmall" color="green">
                            {PERMIT_SHORT[type] ?? type.toUpperCase()}
                          </Badge>
                        ))}
                        {m.pending.map((type) => (
                          <Badge key={`p-${type}`} size="2xsmall" color="orange">
                            {PERMIT_SHORT[type] ?? type.toUpperCase()}?
                          </Badge>
                        ))}
                      </div>
                    </Table.Cell>
                    <Table.Cell>
                      {m.sellers}
                      {m.staff_assisted ? ` (${m.staff_assisted} ${t("reg.onlineStaff").toLowerCase()})` : ""}
                    </Table.Cell>
                    <Table.Cell>
                      {m.products_live} / {m.products}
                    </Table.Cell>
                    <Table.Cell>{m.export_ready ? t("reg.yes") : t("reg.no")}</Table.Cell>
                    <Table.Cell className="whitespace-nowrap">
                      {m.readiness.sg} / {m.readiness.my} / {m.readiness.me}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <Text className="px-6 py-4">{t("reg.none")}</Text>
          )}
        </>
      )}
      <Paging count={data?.count ?? 0} size={PAGE} offset={offset} onOffset={setOffset} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "galeri.nav.msmes",
  translationNs: "translation",
  icon: BuildingStorefront,
  rank: 0,
})

export default RegistryPage
