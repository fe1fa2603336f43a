import { Badge, Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import type { LedgerPayoutView } from "../../../../types/ledger/responses"
import { adminFetch } from "../../../lib/api"
import { linkStyle, useText } from "../../../lib/text"

type Payout = LedgerPayoutView & { name: string }

const rp = (n: number) => `Rp ${new Intl.NumberFormat("id-ID").format(n)}`

/** A payout batch: the bank's transfer list, and each transfer marked paid with its reference (once). */
const PayoutBatchPage = () => {
  const { t } = useText()
  const { id = "" } = useParams()
  const client = useQueryClient()
  const [refs, setRefs] = useState<Record<string, string>>({})
  const { data, error } = useQuery({
    queryKey: ["galeri-batch", id],
    queryFn: () => adminFetch<{ batch: { id: string; payouts: Payout[] } }>(`/admin/ledger/payout-batches/${id}`),
  })
  const pay = useMutation({
    mutationFn: (payout: string) =>
      adminFetch(`/admin/ledger/payouts/${payout}/paid`, {
        method: "POST",
        body: { transfer_reference: refs[payout] ?? "" },
      }),
    onSuccess: () => {
      toast.success(t("ledger.paidDone"))
      client.invalidateQueries({ queryKey: ["galeri-batch", id] })
      client.invalidateQueries({ queryKey: ["galeri-balances"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  if (error) return <Text className="p-6 text-ui-fg-error">{(error as Error).message}</Text>
  if (!data) return <Text className="p-6">{t("common.loading")}</Text>
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Link to="/ledger" style={linkStyle} className="underline">
            {t("ledger.back")}
          </Link>
          <Heading level="h1">{t("ledger.batch")}</Heading>
        </div>
        <a href={`/admin/ledger/payout-batches/${id}?format=csv`} style={linkStyle} className="underline">
          {t("ledger.downloadCsv")}
        </a>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("common.msme")}</Table.HeaderCell>
            <Table.HeaderCell>{t("ledger.bank")}</Table.HeaderCell>
            <Table.HeaderCell>{t("ledger.amount")}</Table.HeaderCell>
            <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.batch.payouts.map((p) => (
            <Table.Row key={p.id} data-payout={p.id}>
              <Table.Cell>{p.name}</Table.Cell>
              <Table.Cell>
                {p.bank_name} {p.bank_account} <span className="text-ui-fg-subtle">{p.bank_holder}</span>
              </Table.Cell>
              <Table.Cell>{rp(p.amount)}</Table.Cell>
              <Table.Cell>
                {p.status === "paid" ? (
                  <Badge color="green">
                    {t("ledger.paid")} · {p.transfer_reference}
                  </Badge>
                ) : (
                  <div className="flex flex-wrap items-center gap-2 py-2">
                    <Input
                      size="small"
                      aria-label={`${t("ledger.reference")}: ${p.name}`}
                      placeholder={t("ledger.reference")}
                      value={refs[p.id] ?? ""}
                      onChange={(e) => setRefs({ ...refs, [p.id]: e.target.value })}
                    />
                    <Button size="small" onClick={() => pay.mutate(p.id)} isLoading={pay.isPending}>
                      {t("ledger.markPaid")}
                    </Button>
                  </div>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export default PayoutBatchPage
