import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Button, Checkbox, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useId, useState } from "react"
import { Link } from "react-router-dom"
import type { LedgerBalancesResponse, Statement } from "../../../types/ledger/responses"
import { Paging } from "../../components/paging"
import { adminFetch } from "../../lib/api"
import { field, linkStyle, useText } from "../../lib/text"

const rp = (n: number) => `Rp ${new Intl.NumberFormat("id-ID").format(n)}`
const thisMonth = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)

const PAGE = 50

type Batch = { id: string; created_at: string; transfers: number; amount: number; unpaid: number }

/** Any MSME of the registry, found by name (searched in the database, 20 at a time). */
function MsmeSelect(props: { value: string; onChange: (id: string) => void }) {
  const { t } = useText()
  const [q, setQ] = useState("")
  const { data } = useQuery({
    queryKey: ["galeri-msme-pick", q],
    queryFn: () =>
      adminFetch<{ msmes: { id: string; name: string; kecamatan: string }[] }>(
        `/admin/msmes?limit=20&sort=name${q.trim() ? `&q=${encodeURIComponent(q.trim())}` : ""}`,
      ),
  })
  const id = useId()
  return (
    <div className="flex flex-wrap gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-find`} className="text-ui-fg-subtle text-sm">
          {t("ledger.findMsme")}
        </label>
        <input id={`${id}-find`} className={field} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-msme`} className="text-ui-fg-subtle text-sm">
          {t("common.msme")}
        </label>
        <select
          id={`${id}-msme`}
          className={field}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        >
          <option value="">-</option>
          {(data?.msmes ?? []).map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}

/** One MSME's month, as the MSME reads it in /mitra, with its PDF and CSV. */
function StatementView() {
  const { t } = useText()
  const [msme, setMsme] = useState("")
  const [month, setMonth] = useState(thisMonth())
  const { data } = useQuery({
    queryKey: ["galeri-statement", msme, month],
    enabled: Boolean(msme) && /^\d{4}-\d{2}$/.test(month),
    queryFn: () => adminFetch<{ statement: Statement }>(`/admin/ledger/statements/${msme}/${month}`),
  })
  const s = data?.statement
  const file = (format: string) => `/admin/ledger/statements/${msme}/${month}?format=${format}`
  return (
    <div className="px-6 py-4">
      <Heading level="h2">{t("ledger.statement")}</Heading>
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <MsmeSelect value={msme} onChange={setMsme} />
        <label className="flex flex-col gap-1" htmlFor="f-ledger-month">
          <span className="text-ui-fg-subtle text-sm">{t("ledger.month")}</span>
          <Input
            id="f-ledger-month"
            size="small"
            type="month"
            value={month}
            onChange={(e) => setMonth(e.target.value)}
          />
        </label>
        {msme && (
          <>
            <a href={file("pdf")} style={linkStyle} className="underline">
              {t("ledger.downloadPdf")}
            </a>
            <a href={file("csv")} style={linkStyle} className="underline">
              {t("ledger.csv")}
            </a>
          </>
        )}
      </div>
      {s && (
        <>
          <Text className="mt-2">
            {t("ledger.opening")}: {rp(s.opening_balance)}
          </Text>
          <Table className="mt-2">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("ledger.date")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ledger.kind")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ledger.item")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ledger.amount")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {s.lines.map((l) => (
                <Table.Row key={l.id}>
                  <Table.Cell>{l.occurred_at.slice(0, 10)}</Table.Cell>
                  <Table.Cell>{l.kind}</Table.Cell>
                  <Table.Cell>
                    {l.order_display_id ? `#${l.order_display_id} ` : ""}
                    {l.quantity ? `${l.quantity} × ` : ""}
                    {l.title}
                  </Table.Cell>
                  <Table.Cell>{rp(l.amount)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Text className="mt-2">
            {t("ledger.sales")} {rp(s.sales)} · {t("ledger.commission")} {rp(s.commission)} · {t("ledger.refunds")}{" "}
            {rp(s.refunds)} · {t("ledger.payouts")} {rp(s.payouts)} ·{" "}
            <strong>
              {t("ledger.closing")} {rp(s.closing_balance)}
            </strong>
          </Text>
        </>
      )}
    </div>
  )
}

function AgreementForm() {
  const { t } = useText()
  const [form, setForm] = useState({
    msme_id: "",
    percent: "15",
    starts_on: new Date().toISOString().slice(0, 10),
    bank_name: "",
    bank_account: "",
    bank_holder: "",
  })
  const save = useMutation({
    mutationFn: () =>
      adminFetch("/admin/ledger/agreements", {
        method: "POST",
        body: {
          msme_id: form.msme_id,
          commission_percent: Number(form.percent),
          starts_on: form.starts_on,
          ...(form.bank_name ? { bank_name: form.bank_name } : {}),
          ...(form.bank_account ? { bank_account: form.bank_account } : {}),
          ...(form.bank_holder ? { bank_holder: form.bank_holder } : {}),
        },
      }),
    onSuccess: () => toast.success(t("ledger.agreementSaved")),
    onError: (e: Error) => toast.error(e.message),
  })
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value })
  return (
    <div className="px-6 py-4">
      <Heading level="h2">{t("ledger.agreement")}</Heading>
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <MsmeSelect value={form.msme_id} onChange={(v) => setForm({ ...form, msme_id: v })} />
        <label className="flex flex-col gap-1" htmlFor="f-ledger-percent">
          <span className="text-ui-fg-subtle text-sm">{t("ledger.percent")}</span>
          <Input
            id="f-ledger-percent"
            size="small"
            type="number"
            step="0.01"
            min={0}
            max={100}
            value={form.percent}
            onChange={set("percent")}
          />
        </label>
        <label className="flex flex-col gap-1" htmlFor="f-ledger-startson">
          <span className="text-ui-fg-subtle text-sm">{t("ledger.startsOn")}</span>
          <Input id="f-ledger-startson" size="small" type="date" value={form.starts_on} onChange={set("starts_on")} />
        </label>
        <label className="flex flex-col gap-1" htmlFor="f-ledger-bank">
          <span className="text-ui-fg-subtle text-sm">{t("ledger.bank")}</span>
          <Input id="f-ledger-bank" size="small" value={form.bank_name} onChange={set("bank_name")} />
        </label>
        <label className="flex flex-col gap-1" htmlFor="f-ledger-account">
          <span className="text-ui-fg-subtle text-sm">{t("ledger.account")}</span>
          <Input
            id="f-ledger-account"
            size="small"
            inputMode="numeric"
            value={form.bank_account}
            onChange={set("bank_account")}
          />
        </label>
        <label className="flex flex-col gap-1" htmlFor="f-ledger-holder">
          <span className="text-ui-fg-subtle text-sm">{t("ledger.holder")}</span>
          <Input id="f-ledger-holder" size="small" value={form.bank_holder} onChange={set("bank_holder")} />
        </label>
        <Button size="small" variant="secondary" onClick={() => save.mutate()} isLoading={save.isPending}>
          {t("ledger.saveAgreement")}
        </Button>
      </div>
    </div>
  )
}

/** What the gallery owes its MSMEs: balances, payout batches, monthly statements and agreements. */
const LedgerPage = () => {
  const { t } = useText()
  const client = useQueryClient()
  const [chosen, setChosen] = useState<string[]>([])
  const [offset, setOffset] = useState(0)
  const [show, setShow] = useState<"due" | "all">("due")
  const balances = useQuery({
    queryKey: ["galeri-balances", show, offset],
    queryFn: () =>
      adminFetch<LedgerBalancesResponse>(`/admin/ledger/balances?show=${show}&limit=${PAGE}&offset=${offset}`),
  })
  const batches = useQuery({
    queryKey: ["galeri-batches"],
    queryFn: () => adminFetch<{ batches: Batch[]; count: number }>("/admin/ledger/payout-batches"),
  })
  const make = useMutation({
    mutationFn: () => adminFetch("/admin/ledger/payout-batches", { method: "POST", body: { msme_ids: chosen } }),
    onSuccess: () => {
      toast.success(t("ledger.batchMade"))
      setChosen([])
      client.invalidateQueries({ queryKey: ["galeri-balances"] })
      client.invalidateQueries({ queryKey: ["galeri-batches"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const rows = balances.data?.balances ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("ledger.title")}</Heading>
        <Text className="text-ui-fg-subtle">{t("ledger.balancesIntro")}</Text>
        <label htmlFor="galeri-show-all" className="mt-2 flex items-center gap-2 text-sm">
          <Checkbox
            id="galeri-show-all"
            checked={show === "all"}
            onCheckedChange={(on) => {
              setShow(on ? "all" : "due")
              setOffset(0)
            }}
          />
          {t("ledger.showAll")}
        </label>
      </div>
      {balances.error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{(balances.error as Error).message}</Text>
      ) : !rows.length ? (
        <Text className="px-6 py-4">{balances.isLoading ? t("common.loading") : t("ledger.noBalances")}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("ledger.choose")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.msme")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ledger.balance")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ledger.pending")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ledger.due")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ledger.account")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((b) => (
              <Table.Row key={b.msme_id} data-balance={b.msme_id}>
                <Table.Cell>
                  <Checkbox
                    aria-label={`${t("ledger.choose")}: ${b.name}`}
                    disabled={b.due <= 0}
                    checked={chosen.includes(b.msme_id)}
                    onCheckedChange={(on) =>
                      setChosen(on ? [...chosen, b.msme_id] : chosen.filter((id) => id !== b.msme_id))
                    }
                  />
                </Table.Cell>
                <Table.Cell>{b.name}</Table.Cell>
                <Table.Cell>{rp(b.balance)}</Table.Cell>
                <Table.Cell>{rp(b.pending_payouts)}</Table.Cell>
                <Table.Cell>
                  <strong>{rp(b.due)}</strong>
                </Table.Cell>
                <Table.Cell>{b.bank_account ?? "-"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <Paging count={balances.data?.count ?? 0} size={PAGE} offset={offset} onOffset={setOffset} />
      <div className="px-6 py-4">
        <Button disabled={!chosen.length} onClick={() => make.mutate()} isLoading={make.isPending}>
          {t("ledger.makeBatch")} ({chosen.length})
        </Button>
      </div>
      <div className="px-6 py-4">
        <Heading level="h2">{t("ledger.batches")}</Heading>
        {!batches.data?.batches.length ? (
          <Text>{t("common.none")}</Text>
        ) : (
          <ul className="mt-2 flex flex-col gap-1">
            {batches.data.batches.map((b) => (
              <li key={b.id} data-batch={b.id}>
                <Link to={`/ledger/${b.id}`} style={linkStyle} className="underline">
                  {new Date(b.created_at).toLocaleString()}
                </Link>{" "}
                · {b.transfers} {t("ledger.transfers")} · {rp(b.amount)} · {b.unpaid} {t("ledger.unpaid")}
              </li>
            ))}
          </ul>
        )}
      </div>
      <StatementView />
      <AgreementForm />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "galeri.nav.ledger",
  translationNs: "translation",
  icon: CurrencyDollar,
  rank: 5,
})

export default LedgerPage
