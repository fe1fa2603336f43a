import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import type { AdminPermitRow } from "../../../types/msme/responses"
import { Paging } from "../../components/paging"
import { adminFetch } from "../../lib/api"
import { field, useText } from "../../lib/text"

type Permit = AdminPermitRow

const STATUSES = ["pending", "expiring", "expired", "verified", "rejected"] as const
const PAGE = 50
const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString() : "-")

/** Pending permits oldest first, with the document: verify, or reject with a reason; also those expiring soon. */
const PermitsPage = () => {
  const { t } = useText()
  const client = useQueryClient()
  const [status, setStatus] = useState<(typeof STATUSES)[number]>("pending")
  const [offset, setOffset] = useState(0)
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const { data, isLoading, error } = useQuery({
    queryKey: ["galeri-permits", status, offset],
    queryFn: () =>
      adminFetch<{ permits: Permit[]; count: number }>(
        `/admin/permits?status=${status}&limit=${PAGE}&offset=${offset}`,
      ),
  })
  const decide = useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: "verify" | "reject" }) =>
      adminFetch(`/admin/permits/${id}/decision`, {
        method: "POST",
        body: { decision, ...(reasons[id]?.trim() ? { reason: reasons[id] } : {}) },
      }),
    onSuccess: () => {
      toast.success(t("permits.done"))
      client.invalidateQueries({ queryKey: ["galeri-permits"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <Heading level="h1">{t("permits.title")}</Heading>
        <label className="sr-only" htmlFor="permit-status">
          {t("common.status")}
        </label>
        <select
          id="permit-status"
          className={field}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as typeof status)
            setOffset(0)
          }}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`permits.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{String((error as Error).message)}</Text>
      ) : isLoading ? (
        <Text className="px-6 py-4">{t("common.loading")}</Text>
      ) : !data?.permits.length ? (
        <Text className="px-6 py-4">{t("common.none")}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("common.msme")}</Table.HeaderCell>
              <Table.HeaderCell>{t("permits.type")}</Table.HeaderCell>
              <Table.HeaderCell>{t("permits.number")}</Table.HeaderCell>
              <Table.HeaderCell>{t("permits.validity")}</Table.HeaderCell>
              <Table.HeaderCell>{t("permits.document")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.permits.map((p) => (
              <Table.Row key={p.id} data-permit={p.id}>
                <Table.Cell>
                  {p.msme?.name} <span className="text-ui-fg-subtle">({p.msme?.kecamatan})</span>
                </Table.Cell>
                <Table.Cell>{p.type.toUpperCase()}</Table.Cell>
                <Table.Cell>{p.number}</Table.Cell>
                <Table.Cell>
                  {date(p.issued_at)} - {date(p.expires_at)}{" "}
                  {p.expiring_soon && <Badge color="orange">{t("permits.expiring")}</Badge>}
                </Table.Cell>
                <Table.Cell>
                  {p.document_url ? (
                    <a href={p.document_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
                      {t("common.open")}
                    </a>
                  ) : (
                    <span className="text-ui-fg-subtle">{t("permits.noDocument")}</span>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {p.status === "pending" ? (
                    <div className="flex flex-wrap items-center gap-2 py-2">
                      <Button size="small" onClick={() => decide.mutate({ id: p.id, decision: "verify" })}>
                        {t("permits.verify")}
                      </Button>
                      <Input
                        size="small"
                        aria-label={t("permits.reason")}
                        placeholder={t("permits.reason")}
                        value={reasons[p.id] ?? ""}
                        onChange={(e) => setReasons({ ...reasons, [p.id]: e.target.value })}
                      />
                      <Button
                        size="small"
                        variant="danger"
                        onClick={() => decide.mutate({ id: p.id, decision: "reject" })}
                      >
                        {t("permits.reject")}
                      </Button>
                    </div>
                  ) : (
                    <>
                      <Badge>{t(`permits.${p.status}`)}</Badge>
                      {p.rejection_reason ? ` ${p.rejection_reason}` : ""}
                    </>
                  )}
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
  label: "galeri.nav.permits",
  translationNs: "translation",
  icon: ShieldCheck,
  rank: 2,
})

export default PermitsPage
