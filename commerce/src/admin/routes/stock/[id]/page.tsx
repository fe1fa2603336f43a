import { Badge, Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { COURIER_CODES, COURIERS, type CourierCode } from "../../../../modules/consignment/rules"
import type { ConsignmentOrderResponse } from "../../../../types/consignment/responses"
import { adminFetch } from "../../../lib/api"
import { field, linkStyle, useText } from "../../../lib/text"

/**
 * One order's packing slip (printable: the address, every line with its shelf and maker, who ships
 * it), the gallery's lines packed as one parcel, and each gallery parcel handed to a courier.
 */
const PackingSlipPage = () => {
  const { t } = useText()
  const { id = "" } = useParams()
  const client = useQueryClient()
  const [courier, setCourier] = useState<Record<string, CourierCode>>({})
  const [waybill, setWaybill] = useState<Record<string, string>>({})
  const { data, error } = useQuery({
    queryKey: ["galeri-slip", id],
    queryFn: () => adminFetch<ConsignmentOrderResponse>(`/admin/consignment/orders/${id}`),
  })
  const done = () => {
    toast.success(t("stock.done"))
    client.invalidateQueries({ queryKey: ["galeri-slip", id] })
    client.invalidateQueries({ queryKey: ["galeri-pick-list"] })
  }
  const pack = useMutation({
    mutationFn: () => adminFetch(`/admin/consignment/orders/${id}/pack`, { method: "POST", body: {} }),
    onSuccess: done,
    onError: (e: Error) => toast.error(e.message),
  })
  const ship = useMutation({
    mutationFn: (parcel: string) =>
      adminFetch(`/admin/consignment/orders/${id}/shipments/${parcel}`, {
        method: "POST",
        body: { courier: courier[parcel] ?? "jne", waybill: waybill[parcel] ?? "" },
      }),
    onSuccess: done,
    onError: (e: Error) => toast.error(e.message),
  })
  if (error) return <Text className="p-6 text-ui-fg-error">{(error as Error).message}</Text>
  if (!data) return <Text className="p-6">{t("common.loading")}</Text>
  const order = data.order
  const paid = order.payment_status === "captured" || order.payment_status === "partially_refunded"
  const galleryToPack = order.lines.some((l) => l.mode === "gallery" && l.quantity > l.fulfilled)
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4 print:hidden">
        <Link to="/stock" style={linkStyle} className="underline">
          {t("stock.back")}
        </Link>
        <Button size="small" variant="secondary" onClick={() => window.print()}>
          {t("stock.print")}
        </Button>
      </div>
      <section className="px-6 py-4" aria-labelledby="slip-h" data-testid="packing-slip">
        <Heading level="h1" id="slip-h">
          {t("stock.slip")} · {t("stock.order")} #{order.display_id}
        </Heading>
        <Text className="text-ui-fg-subtle">{new Date(order.created_at).toLocaleString()}</Text>
        {order.address && (
          <div className="mt-3">
            <Heading level="h3">{t("stock.shipTo")}</Heading>
            <Text>
              {order.address.name}
              <br />
              {order.address.lines.join(", ")}
              <br />
              {[order.address.city, order.address.province, order.address.postal_code].filter(Boolean).join(", ")}{" "}
              {order.address.country_code?.toUpperCase()}
              {order.address.phone && (
                <>
                  <br />
                  {order.address.phone}
                </>
              )}
            </Text>
            {order.shipping_method && (
              <Text className="mt-1">
                {t("stock.method")}: {order.shipping_method}
              </Text>
            )}
          </div>
        )}
        <Table className="mt-3">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("stock.shelf")}</Table.HeaderCell>
              <Table.HeaderCell>{t("stock.item")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.msme")}</Table.HeaderCell>
              <Table.HeaderCell>{t("stock.qty")}</Table.HeaderCell>
              <Table.HeaderCell>{t("stock.packedBy")}</Table.HeaderCell>
              <Table.HeaderCell>{t("stock.packed")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {order.lines.map((l) => (
              <Table.Row key={l.id} data-line={l.id}>
                <Table.Cell>{l.mode === "gallery" ? (l.shelf ?? "-") : "-"}</Table.Cell>
                <Table.Cell>
                  {l.title}
                  {l.variant_title ? ` (${l.variant_title})` : ""} <span className="text-ui-fg-subtle">{l.sku}</span>
                </Table.Cell>
                <Table.Cell>{l.msme_name}</Table.Cell>
                <Table.Cell>{l.quantity}</Table.Cell>
                <Table.Cell>{l.mode === "gallery" ? t("stock.gallery") : t("stock.maker")}</Table.Cell>
                <Table.Cell>
                  {l.fulfilled}/{l.quantity}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
      <div className="px-6 py-4 print:hidden">
        {!paid ? (
          <Text>{t("stock.notPaid")}</Text>
        ) : (
          galleryToPack && (
            <Button onClick={() => pack.mutate()} isLoading={pack.isPending}>
              {t("stock.pack")}
            </Button>
          )
        )}
        <Heading level="h2" className="mt-4">
          {t("stock.parcels")}
        </Heading>
        {order.shipments.length === 0 ? (
          <Text>{t("common.none")}</Text>
        ) : (
          <ul className="mt-2 flex flex-col gap-3">
            {order.shipments.map((s) => (
              <li key={s.id} data-parcel={s.id}>
                <Text>
                  <strong>{s.source === "gallery" ? t("stock.gallery") : t("stock.maker")}</strong> ·{" "}
                  {s.items
                    .map((i) => `${i.quantity} × ${order.lines.find((l) => l.id === i.line_item_id)?.title ?? ""}`)
                    .join(", ")}{" "}
                  {s.shipped_at ? (
                    <Badge color="green">
                      {t("stock.shipped")}: {s.courier_name} {s.waybill}
                    </Badge>
                  ) : (
                    <Badge color="orange">{t("stock.packed")}</Badge>
                  )}
                </Text>
                {!s.shipped_at && s.source === "gallery" && (
                  <div className="mt-1 flex flex-wrap items-end gap-2">
                    <label className="flex flex-col gap-1">
                      <span className="text-ui-fg-subtle text-sm">{t("stock.courier")}</span>
                      <select
                        className={field}
                        value={courier[s.id] ?? "jne"}
                        onChange={(e) => setCourier({ ...courier, [s.id]: e.target.value as CourierCode })}
                      >
                        {COURIER_CODES.map((code) => (
                          <option key={code} value={code}>
                            {COURIERS[code].name}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label className="flex flex-col gap-1" htmlFor={`waybill-${s.id}`}>
                      <span className="text-ui-fg-subtle text-sm">{t("stock.waybill")}</span>
                      <Input
                        id={`waybill-${s.id}`}
                        size="small"
                        value={waybill[s.id] ?? ""}
                        onChange={(e) => setWaybill({ ...waybill, [s.id]: e.target.value })}
                      />
                    </label>
                    <Button size="small" onClick={() => ship.mutate(s.id)} isLoading={ship.isPending}>
                      {t("stock.ship")}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Container>
  )
}

export default PackingSlipPage
