import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { KECAMATAN } from "../../../modules/msme/places"
import { PERMIT_SHORT, RegistryFilterBar, type RegistryFilters } from "../../components/msmes/filters"
import { Paging } from "../../components/paging"
import { SelectField } from "../../components/select-field"
import { adminFetch } from "../../lib/api"
import { field, linkStyle, useText } from "../../lib/text"

const PERMITS = ["nib", "halal", "pirt", "bpom_md"] as const
const STATUSES = ["identified", "referred", "in_progress", "issued", "dropped"] as const
const PAGE = 25

type Case = {
  id: string
  permit_type: string
  status: string
  next_step: string | null
  due_date: string | null
  closed_at: string | null
  msme: { id: string; name: string; kecamatan: string; desa: string; whatsapp: string | null }
}

/** Permit facilitation: the queue of cases (soonest due first) and opening cases in bulk from the registry. */
const FacilitationPage = () => {
  const { t } = useText()
  const client = useQueryClient()
  const [state, setState] = useState("open")
  const [permit, setPermit] = useState("")
  const [kecamatan, setKecamatan] = useState("")
  const [overdue, setOverdue] = useState(false)
  const [offset, setOffset] = useState(0)
  const params = new URLSearchParams({ state, limit: String(PAGE), offset: String(offset) })
  if (permit) params.set("permit_type", permit)
  if (kecamatan) params.set("kecamatan", kecamatan)
  if (overdue) params.set("overdue", "yes")
  const { data, error } = useQuery({
    queryKey: ["galeri-facilitation", params.toString()],
    queryFn: () => adminFetch<{ cases: Case[]; count: number }>(`/admin/facilitation?${params}`),
  })
  const [bulk, setBulk] = useState<{ permit_type: string; next_step: string; due_date: string }>({
    permit_type: "halal",
    next_step: "",
    due_date: "",
  })
  const [filters, setFilters] = useState<RegistryFilters>({ sector: "culinary", status: "active" })
  const open = useMutation({
    mutationFn: () =>
      adminFetch<{ opened: number; already_open: number }>("/admin/facilitation", {
        method: "POST",
        body: {
          permit_type: bulk.permit_type,
          filter: Object.fromEntries(Object.entries(filters).filter(([k]) => k !== "sort")),
          ...(bulk.next_step ? { next_step: bulk.next_step } : {}),
          ...(bulk.due_date ? { due_date: bulk.due_date } : {}),
        },
      }),
    onSuccess: (r) => {
      toast.success(`${r.opened} ${t("fac.opened")}, ${r.already_open} ${t("fac.alreadyOpen")}`)
      client.invalidateQueries({ queryKey: ["galeri-facilitation"] })
    },
    onError: (e) => toast.error((e as Error).message),
  })
  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">{t("fac.title")}</Heading>
        </div>
        <div className="flex flex-wrap items-end gap-3 px-6 py-4">
          <SelectField
            id="fac-state"
            label={t("fac.state")}
            value={state}
            onChange={setState}
            options={[
              ["open", t("fac.openCases")],
              ["closed", t("fac.closedCases")],
              ["all", t("fac.allCases")],
            ]}
          />
          <SelectField
            id="fac-permit"
            label={t("fac.permit")}
            value={permit}
            onChange={setPermit}
            options={[["", t("common.all")], ...PERMITS.map((p) => [p, PERMIT_SHORT[p]!] as [string, string])]}
          />
          <SelectField
            id="fac-kec"
            label={t("common.kecamatan")}
            value={kecamatan}
            onChange={setKecamatan}
            options={[["", t("reg.allKecamatan")], ...KECAMATAN.map((k) => [k, k] as [string, string])]}
          />
          <label className="flex items-center gap-2 text-sm" htmlFor="fac-overdue">
            <input id="fac-overdue" type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.target.checked)} />
            {t("fac.overdue")}
          </label>
        </div>
        {error ? (
          <Text className="px-6 py-4 text-ui-fg-error">{String((error as Error).message)}</Text>
        ) : data?.cases.length ? (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("fac.msme")}</Table.HeaderCell>
                <Table.HeaderCell>{t("fac.permit")}</Table.HeaderCell>
                <Table.HeaderCell>{t("fac.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("fac.nextStep")}</Table.HeaderCell>
                <Table.HeaderCell>{t("fac.due")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.cases.map((c) => (
                <CaseRow key={c.id} item={c} />
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Text className="px-6 py-4">{t("fac.none")}</Text>
        )}
        <Paging count={data?.count ?? 0} size={PAGE} offset={offset} onOffset={setOffset} />
      </Container>
      <Container className="flex flex-col gap-3 px-6 py-4">
        <Heading level="h2">{t("fac.open")}</Heading>
        <Text className="text-ui-fg-subtle">{t("fac.openIntro")}</Text>
        <RegistryFilterBar value={filters} onChange={setFilters} />
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault()
            open.mutate()
          }}
        >
          <SelectField
            id="bulk-permit"
            label={t("fac.permit")}
            value={bulk.permit_type}
            onChange={(v) => setBulk({ ...bulk, permit_type: v })}
            options={PERMITS.map((p) => [p, PERMIT_SHORT[p]!] as [string, string])}
          />
          <div className="flex min-w-[280px] flex-col gap-1">
            <Label htmlFor="bulk-next">{t("fac.nextStep")}</Label>
            <Input
              id="bulk-next"
              size="small"
              value={bulk.next_step}
              onChange={(e) => setBulk({ ...bulk, next_step: e.target.value })}
            />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="bulk-due">{t("fac.due")}</Label>
            <Input
              id="bulk-due"
              size="small"
              type="date"
              value={bulk.due_date}
              onChange={(e) => setBulk({ ...bulk, due_date: e.target.value })}
            />
          </div>
          <Button type="submit" isLoading={open.isPending}>
            {t("fac.openButton")}
          </Button>
        </form>
      </Container>
    </div>
  )
}

/** One case: its MSME, where it stands, and a quick change (status, next step, due date). */
function CaseRow({ item }: { item: Case }) {
  const { t } = useText()
  const client = useQueryClient()
  const [status, setStatus] = useState(item.status)
  const [next, setNext] = useState(item.next_step ?? "")
  const [due, setDue] = useState(item.due_date?.slice(0, 10) ?? "")
  const save = useMutation({
    mutationFn: () =>
      adminFetch(`/admin/facilitation/${item.id}`, {
        method: "POST",
        body: {
          ...(status !== item.status ? { status } : {}),
          next_step: next || null,
          due_date: due || null,
        },
      }),
    onSuccess: () => {
      toast.success(t("fac.saved"))
      client.invalidateQueries({ queryKey: ["galeri-facilitation"] })
    },
    onError: (e) => toast.error((e as Error).message),
  })
  const closed = Boolean(item.closed_at)
  return (
    <Table.Row>
      <Table.Cell>
        <Link to={`/msmes/${item.msme.id}`} className="underline underline-offset-2" style={linkStyle}>
          {item.msme.name}
        </Link>
        <div className="text-ui-fg-subtle text-xs">
          {item.msme.desa}, {item.msme.kecamatan}
        </div>
      </Table.Cell>
      <Table.Cell>{PERMIT_SHORT[item.permit_type] ?? item.permit_type}</Table.Cell>
      <Table.Cell>
        {closed ? (
          <Badge color={item.status === "issued" ? "green" : "grey"}>{t(`fac.${item.status}`)}</Badge>
        ) : (
          <select
            aria-label={t("fac.status")}
            className={field}
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`fac.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Table.Cell>
      <Table.Cell>
        {closed ? (
          item.next_step
        ) : (
          <Input aria-label={t("fac.nextStep")} size="small" value={next} onChange={(e) => setNext(e.target.value)} />
        )}
      </Table.Cell>
      <Table.Cell>
        {closed ? (
          item.due_date?.slice(0, 10)
        ) : (
          <Input
            aria-label={t("fac.due")}
            size="small"
            type="date"
            value={due}
            onChange={(e) => setDue(e.target.value)}
          />
        )}
      </Table.Cell>
      <Table.Cell>
        {closed ? null : (
          <Button size="small" variant="secondary" isLoading={save.isPending} onClick={() => save.mutate()}>
            {t("fac.save")}
          </Button>
        )}
      </Table.Cell>
    </Table.Row>
  )
}

export const config = defineRouteConfig({
  label: "galeri.nav.facilitation",
  translationNs: "translation",
  icon: CheckCircle,
  rank: 1,
})

export default FacilitationPage
