import { defineRouteConfig } from "@medusajs/admin-sdk"
import { TruckFast } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import type {
  LowStockResponse,
  PickListResponse,
  StockMovementsResponse,
  StockRowsResponse,
} from "../../../types/consignment/responses"
import { adminFetch } from "../../lib/api"
import { field, linkStyle, useText } from "../../lib/text"

const date = (iso: string) => new Date(iso).toLocaleString()

/** The pick list across paid orders, grouped by shelf and maker, and the orders waiting to be packed or shipped. */
function PickList() {
  const { t } = useText()
  const { data, error, isLoading } = useQuery({
    queryKey: ["galeri-pick-list"],
    queryFn: () => adminFetch<PickListResponse>("/admin/consignment/pick-list"),
  })
  if (error) return <Text className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text>
  if (isLoading || !data) return <Text className="px-6 py-4">{t("common.loading")}</Text>
  return (
    <>
      <div className="px-6 py-4">
        <Heading level="h2">{t("stock.pickList")}</Heading>
        <Text className="text-ui-fg-subtle">{t("stock.pickIntro")}</Text>
        {data.awaiting_payment > 0 && (
          <Text className="mt-2">
            <Badge color="orange">{data.awaiting_payment}</Badge> {t("stock.awaiting")}
          </Text>
        )}
      </div>
      {data.groups.length === 0 ? (
        <Text className="px-6 py-4">{t("common.none")}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("stock.shelf")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.msme")}</Table.HeaderCell>
              <Table.HeaderCell>{t("stock.item")}</Table.HeaderCell>
              <Table.HeaderCell>{t("stock.qty")}</Table.HeaderCell>
              <Table.HeaderCell>{t("stock.order")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.groups.flatMap((g) =>
              g.lines.map((l) => (
                <Table.Row key={l.line_item_id} data-pick={l.line_item_id}>
                  <Table.Cell>
                    <strong>{g.shelf ?? t("stock.noShelf")}</strong>
                  </Table.Cell>
                  <Table.Cell>{g.msme_name}</Table.Cell>
                  <Table.Cell>
                    {l.title}
                    {l.variant_title ? ` (${l.variant_title})` : ""} <span className="text-ui-fg-subtle">{l.sku}</span>
                  </Table.Cell>
                  <Table.Cell>{l.quantity}</Table.Cell>
                  <Table.Cell>#{l.display_id}</Table.Cell>
                </Table.Row>
              )),
            )}
          </Table.Body>
        </Table>
      )}
      <div className="px-6 py-4">
        <Heading level="h2">{t("stock.toShip")}</Heading>
        {data.orders.length === 0 ? (
          <Text>{t("common.none")}</Text>
        ) : (
          <ul className="mt-2 flex flex-col gap-1">
            {data.orders.map((o) => (
              <li key={o.id} data-order={o.id}>
                <Link to={`/stock/${o.id}`} style={linkStyle} className="underline">
                  {t("stock.order")} #{o.display_id}
                </Link>{" "}
                <span className="text-ui-fg-subtle">
                  {date(o.created_at)} · {o.to_pack} {t("stock.toPack")}
                  {o.packed_unshipped ? ` · ${o.packed_unshipped} ${t("stock.packedUnshipped")}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  )
}

function LowStock() {
  const { t } = useText()
  const { data } = useQuery({
    queryKey: ["galeri-low-stock"],
    queryFn: () => adminFetch<LowStockResponse>("/admin/consignment/low-stock"),
  })
  return (
    <div className="px-6 py-4">
      <Heading level="h2">{t("stock.lowStock")}</Heading>
      <Text className="text-ui-fg-subtle">{t("stock.lowIntro")}</Text>
      {!data?.notices.length ? (
        <Text className="mt-2">{t("common.none")}</Text>
      ) : (
        <ul className="mt-2 flex flex-col gap-1">
          {data.notices.map((n) => (
            <li key={n.id} data-low={n.variant_id}>
              <strong>{n.title}</strong> · {n.msme_name} · {t("stock.available")}: {n.available} ({t("stock.threshold")}{" "}
              {n.threshold}){" "}
              {n.whatsapp_url ? (
                <a href={n.whatsapp_url} target="_blank" rel="noreferrer" style={linkStyle} className="underline">
                  {t("stock.whatsapp")}
                </a>
              ) : (
                <span className="text-ui-fg-subtle">{t("stock.noPhone")}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** One maker's counting sheet: record a delivery (received) or a stock count (counted, with reasons). */
function Sheet() {
  const { t } = useText()
  const client = useQueryClient()
  const [msme, setMsme] = useState("")
  const [received, setReceived] = useState<Record<string, string>>({})
  const [counted, setCounted] = useState<Record<string, string>>({})
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [reference, setReference] = useState("")
  const [countReference, setCountReference] = useState("")
  const msmes = useQuery({
    queryKey: ["galeri-stock-msmes"],
    queryFn: () => adminFetch<{ msmes: { id: string; name: string; kecamatan: string }[] }>("/admin/consignment/msmes"),
  })
  const rows = useQuery({
    queryKey: ["galeri-stock-rows", msme],
    enabled: Boolean(msme),
    queryFn: () => adminFetch<StockRowsResponse>(`/admin/consignment/stock?msme_id=${msme}`),
  })
  const history = useQuery({
    queryKey: ["galeri-stock-history", msme],
    enabled: Boolean(msme),
    queryFn: () => adminFetch<StockMovementsResponse>(`/admin/consignment/movements?msme_id=${msme}&limit=10`),
  })
  const refresh = () => {
    client.invalidateQueries({ queryKey: ["galeri-stock-rows"] })
    client.invalidateQueries({ queryKey: ["galeri-stock-history"] })
    client.invalidateQueries({ queryKey: ["galeri-low-stock"] })
  }
  const receive = useMutation({
    mutationFn: () =>
      adminFetch("/admin/consignment/goods-received", {
        method: "POST",
        body: {
          msme_id: msme,
          reference,
          lines: Object.entries(received)
            .filter(([, q]) => q.trim() !== "")
            .map(([variant_id, q]) => ({ variant_id, quantity: Number(q) })),
        },
      }),
    onSuccess: () => {
      toast.success(t("stock.receivedDone"))
      setReceived({})
      setReference("")
      refresh()
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const count = useMutation({
    mutationFn: () =>
      adminFetch("/admin/consignment/stock-counts", {
        method: "POST",
        body: {
          ...(countReference.trim() ? { reference: countReference } : {}),
          lines: Object.entries(counted)
            .filter(([, q]) => q.trim() !== "")
            .map(([variant_id, q]) => ({
              variant_id,
              counted: Number(q),
              ...(reasons[variant_id]?.trim() ? { reason: reasons[variant_id] } : {}),
            })),
        },
      }),
    onSuccess: () => {
      toast.success(t("stock.countedDone"))
      setCounted({})
      setReasons({})
      refresh()
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const shelfRows = (rows.data?.rows ?? []).filter((r) => r.mode === "gallery")
  return (
    <div className="px-6 py-4">
      <Heading level="h2">{t("stock.sheet")}</Heading>
      <Text className="text-ui-fg-subtle">{t("stock.sheetIntro")}</Text>
      <label className="mt-2 flex items-center gap-2">
        <span className="text-ui-fg-subtle text-sm">{t("stock.chooseMsme")}</span>
        <select className={field} value={msme} onChange={(e) => setMsme(e.target.value)} data-testid="stock-msme">
          <option value="">-</option>
          {(msmes.data?.msmes ?? []).map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.kecamatan})
            </option>
          ))}
        </select>
      </label>
      {msme && (
        <>
          <Table className="mt-3">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("stock.shelf")}</Table.HeaderCell>
                <Table.HeaderCell>{t("stock.item")}</Table.HeaderCell>
                <Table.HeaderCell>{t("stock.stocked")}</Table.HeaderCell>
                <Table.HeaderCell>{t("stock.reserved")}</Table.HeaderCell>
                <Table.HeaderCell>{t("stock.threshold")}</Table.HeaderCell>
                <Table.HeaderCell>{t("stock.received")}</Table.HeaderCell>
                <Table.HeaderCell>{t("stock.counted")}</Table.HeaderCell>
                <Table.HeaderCell>{t("stock.reason")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {shelfRows.map((r) => (
                <Table.Row key={r.variant_id} data-variant={r.variant_id}>
                  <Table.Cell>{r.shelf ?? "-"}</Table.Cell>
                  <Table.Cell>
                    {r.title}
                    {r.available <= r.threshold && (
                      <>
                        {" "}
                        <Badge color="orange">{t("stock.lowStock")}</Badge>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell>{r.stocked}</Table.Cell>
                  <Table.Cell>{r.reserved}</Table.Cell>
                  <Table.Cell>{r.threshold}</Table.Cell>
                  <Table.Cell>
                    <Input
                      size="small"
                      type="number"
                      min={1}
                      step={1}
                      aria-label={`${t("stock.received")}: ${r.title}`}
                      value={received[r.variant_id] ?? ""}
                      onChange={(e) => setReceived({ ...received, [r.variant_id]: e.target.value })}
                    />
                  </Table.Cell>
                  <Table.Cell>
                    <Input
                      size="small"
                      type="number"
                      min={0}
                      step={1}
                      aria-label={`${t("stock.counted")}: ${r.title}`}
                      value={counted[r.variant_id] ?? ""}
                      onChange={(e) => setCounted({ ...counted, [r.variant_id]: e.target.value })}
                    />
                  </Table.Cell>
                  <Table.Cell>
                    <Input
                      size="small"
                      aria-label={`${t("stock.reason")}: ${r.title}`}
                      value={reasons[r.variant_id] ?? ""}
                      onChange={(e) => setReasons({ ...reasons, [r.variant_id]: e.target.value })}
                    />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {(rows.data?.rows ?? []).some((r) => r.mode === "workshop") && (
            <Text className="mt-2 text-ui-fg-subtle">
              {(rows.data?.rows ?? [])
                .filter((r) => r.mode === "workshop")
                .map((r) => r.title)
                .join(", ")}
              : {t("stock.workshop")}
            </Text>
          )}
          <div className="mt-3 flex flex-wrap items-end gap-4">
            <label className="flex flex-col gap-1" htmlFor="f-stock-reference">
              <span className="text-ui-fg-subtle text-sm">{t("stock.reference")}</span>
              <Input
                id="f-stock-reference"
                size="small"
                value={reference}
                onChange={(e) => setReference(e.target.value)}
              />
            </label>
            <Button size="small" onClick={() => receive.mutate()} isLoading={receive.isPending}>
              {t("stock.receive")}
            </Button>
            <label className="flex flex-col gap-1" htmlFor="f-stock-countreference">
              <span className="text-ui-fg-subtle text-sm">{t("stock.countReference")}</span>
              <Input
                id="f-stock-countreference"
                size="small"
                value={countReference}
                onChange={(e) => setCountReference(e.target.value)}
              />
            </label>
            <Button size="small" variant="secondary" onClick={() => count.mutate()} isLoading={count.isPending}>
              {t("stock.count")}
            </Button>
          </div>
          {(history.data?.movements.length ?? 0) > 0 && (
            <>
              <Heading level="h3" className="mt-4">
                {t("stock.history")}
              </Heading>
              <ul className="mt-1 flex flex-col gap-1" data-testid="stock-history">
                {history.data!.movements.map((m) => (
                  <li key={m.id}>
                    {date(m.created_at)} · {t(`stock.kind_${m.kind}`)} · {m.title}: {m.quantity > 0 ? "+" : ""}
                    {m.quantity}
                    {m.reference ? ` · ${m.reference}` : ""}
                    {m.reason ? ` · ${m.reason}` : ""}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  )
}

/** What the stock keepers do each day: pick, pack and ship; see what runs low; count deliveries and shelves in. */
const StockPage = () => {
  const { t } = useText()
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("stock.title")}</Heading>
      </div>
      <PickList />
      <LowStock />
      <Sheet />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "galeri.nav.stock",
  translationNs: "translation",
  icon: TruckFast,
  rank: 4,
})

export default StockPage
