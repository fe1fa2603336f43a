import { Badge, Button, Container, Heading, Label, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { gradeOf, RUBRIC, type RubricKey, type RubricScores } from "../../../../modules/curation/rubric"
import { adminFetch } from "../../../lib/api"
import { field, GRADE_COLOR, useText } from "../../../lib/text"

type Bilingual = { id: string; en: string }
type Variant = { title: Bilingual; sku: string | null; prices: Record<string, number>; stock: number }
type ProductBody = {
  title: Bilingual
  description: Bilingual
  category: string
  /** one string in bodies stored before the material was asked in both languages */
  material: Bilingual | string
  weight_g: number
  variants: Variant[]
  export: Record<string, unknown> | null
}
type Review = {
  product: {
    id: string
    handle: string
    status: string
    images: { url: string }[]
    product: ProductBody
    storefront_url: string
  }
  msme: {
    name: string
    handle: string
    kecamatan: string
    desa: string
    status: string
    permits?: { id: string; type: string; number: string; status: string; expires_at: string | null }[]
  } | null
  curation: {
    status: string
    notes: string | null
    grade: string | null
    scores: RubricScores | null
    history: {
      from: string
      to: string
      at: string
      by: string | null
      notes: string | null
      grade?: string
      revision?: string
    }[]
    revision: { status: string; notes: string | null; submitted_at: string | null; product: ProductBody | null } | null
  }
}

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat(undefined, {
    style: "currency",
    currency: currency.toUpperCase(),
    maximumFractionDigits: currency === "idr" ? 0 : 2,
  }).format(amount)

function Variants({ variants }: { variants: Variant[] }) {
  const { t } = useText()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("curation.variants")}</Table.HeaderCell>
          <Table.HeaderCell>IDR</Table.HeaderCell>
          <Table.HeaderCell>USD / SGD / MYR</Table.HeaderCell>
          <Table.HeaderCell>Stock</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {variants.map((v) => (
          <Table.Row key={v.title.id}>
            <Table.Cell>
              {v.title.id} / {v.title.en}
            </Table.Cell>
            <Table.Cell>{v.prices.idr ? money(v.prices.idr, "idr") : "-"}</Table.Cell>
            <Table.Cell>
              {(["usd", "sgd", "myr"] as const)
                .filter((c) => v.prices[c])
                .map((c) => money(v.prices[c]!, c))
                .join(" · ") || "-"}
            </Table.Cell>
            <Table.Cell>{v.stock}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** One product under review: as buyers will see it, its data, the MSME's permits, the rubric, the decision, the history. */
const ReviewPage = () => {
  const { id = "" } = useParams()
  const { t, lang } = useText()
  const client = useQueryClient()
  const { data, isLoading, error } = useQuery({
    queryKey: ["galeri-review", id],
    queryFn: () => adminFetch<Review>(`/admin/curation/${id}`),
  })
  const { data: users } = useQuery({
    queryKey: ["galeri-users"],
    queryFn: () => adminFetch<{ users: { id: string; email: string }[] }>("/admin/staff/directory"),
  })
  const [scores, setScores] = useState<Partial<RubricScores>>({})
  const [notes, setNotes] = useState("")
  const refresh = () => {
    client.invalidateQueries({ queryKey: ["galeri-review", id] })
    client.invalidateQueries({ queryKey: ["galeri-curation"] })
  }
  const review = useMutation({
    mutationFn: (decision: string) =>
      adminFetch(`/admin/curation/${id}/review`, {
        method: "POST",
        body: { decision, scores, ...(notes.trim() ? { notes } : {}) },
      }),
    onSuccess: () => {
      toast.success(t("curation.decided"))
      setNotes("")
      refresh()
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const revision = useMutation({
    mutationFn: (decision: string) =>
      adminFetch(`/admin/products/${id}/revision`, {
        method: "POST",
        body: { decision, ...(notes.trim() ? { notes } : {}) },
      }),
    onSuccess: () => {
      toast.success(t("curation.decided"))
      setNotes("")
      refresh()
    },
    onError: (e: Error) => toast.error(e.message),
  })
  if (isLoading) return <Text>{t("common.loading")}</Text>
  if (error || !data)
    return <Text className="text-ui-fg-error">{String((error as Error)?.message ?? "Not found")}</Text>
  const { product, msme, curation } = data
  const body = product.product
  const complete = RUBRIC.every((c) => scores[c.key])
  const computed = complete ? gradeOf(scores as RubricScores) : null
  const who = (by: string | null) => users?.users.find((u) => u.id === by)?.email ?? by ?? "-"
  const cover = product.images[0]?.url
  const first = body.variants[0]
  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <Heading level="h1">
            {body.title.id} <Badge>{t(`state.${curation.status}`)}</Badge>{" "}
            {curation.grade && <Badge color={GRADE_COLOR[curation.grade]}>{curation.grade}</Badge>}
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {msme?.name} · {msme?.desa}, {msme?.kecamatan} · {msme?.status}
          </Text>
        </div>
        <div className="flex gap-3">
          <Link to="/curation" className="text-ui-fg-interactive">
            {t("curation.title")}
          </Link>
          {product.status === "published" && (
            <a href={product.storefront_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
              {t("curation.storefront")}
            </a>
          )}
        </div>
      </Container>

      <div className="grid gap-3 lg:grid-cols-2">
        <Container className="flex flex-col gap-2" aria-label={t("curation.asBuyer")}>
          <Heading level="h2">{t("curation.asBuyer")}</Heading>
          {cover && (
            <img
              src={cover}
              alt={lang === "id" ? body.title.id : body.title.en}
              className="max-h-80 w-full rounded object-cover"
            />
          )}
          <div className="flex flex-wrap gap-2">
            {product.images.slice(1).map((img) => (
              <img key={img.url} src={img.url} alt="" className="h-16 w-16 rounded object-cover" />
            ))}
          </div>
          <Text weight="plus">{body.title.id}</Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("curation.english")}: {body.title.en}
          </Text>
          {first && <Text weight="plus">{money(first.prices.idr ?? 0, "idr")}</Text>}
          <Text size="small">{body.description.id}</Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("curation.english")}: {body.description.en}
          </Text>
          <div className="flex flex-wrap gap-1">
            {(msme?.permits ?? [])
              .filter((p) => p.status === "verified")
              .map((p) => (
                <Badge key={p.id} color="green">
                  {p.type.toUpperCase()}
                </Badge>
              ))}
          </div>
        </Container>

        <Container className="flex flex-col gap-2">
          <Heading level="h2">{t("curation.data")}</Heading>
          <Text size="small">
            {t("common.category")}: {body.category} ·{" "}
            {typeof body.material === "string" ? body.material : `${body.material.id} / ${body.material.en}`} ·{" "}
            {body.weight_g} g
          </Text>
          <Variants variants={body.variants} />
          {body.export && (
            <Text size="small">
              {t("curation.exportData")}:{" "}
              {Object.entries(body.export)
                .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
                .join(" · ")}
            </Text>
          )}
          <Heading level="h3">{t("curation.permits")}</Heading>
          <ul className="text-sm">
            {(msme?.permits ?? []).map((p) => (
              <li key={p.id}>
                {p.type.toUpperCase()} {p.number} · {p.status}
                {p.expires_at ? ` · ${new Date(p.expires_at).toLocaleDateString()}` : ""}
              </li>
            ))}
          </ul>
        </Container>
      </div>

      {curation.revision && (
        <Container className="flex flex-col gap-2">
          <Heading level="h2">
            {t("curation.revisionTitle")} <Badge>{t(`state.${curation.revision.status}`)}</Badge>
          </Heading>
          {curation.revision.product && (
            <>
              <Text weight="plus">
                {curation.revision.product.title.id} / {curation.revision.product.title.en}
              </Text>
              <Text size="small">{curation.revision.product.description.id}</Text>
              <Variants variants={curation.revision.product.variants} />
            </>
          )}
          {curation.revision.status === "submitted" && (
            <div className="flex flex-col gap-2">
              <Label htmlFor="revision-notes">{t("common.notes")}</Label>
              <Textarea id="revision-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
              <div className="flex flex-wrap gap-2">
                <Button onClick={() => revision.mutate("approve")} isLoading={revision.isPending}>
                  {t("curation.approveRevision")}
                </Button>
                <Button variant="secondary" onClick={() => revision.mutate("request_changes")}>
                  {t("curation.requestRevisionChanges")}
                </Button>
                <Button variant="danger" onClick={() => revision.mutate("reject")}>
                  {t("curation.rejectRevision")}
                </Button>
              </div>
            </div>
          )}
        </Container>
      )}

      {curation.status === "submitted" && (
        <Container className="flex flex-col gap-3">
          <Heading level="h2">{t("curation.rubric")}</Heading>
          <div className="grid gap-2 md:grid-cols-2">
            {RUBRIC.map((criterion) => (
              <div key={criterion.key} className="flex items-center justify-between gap-2">
                <Label htmlFor={`score-${criterion.key}`}>{criterion[lang as "id" | "en"]}</Label>
                <select
                  id={`score-${criterion.key}`}
                  className={field}
                  value={scores[criterion.key] ?? ""}
                  onChange={(e) => setScores({ ...scores, [criterion.key as RubricKey]: Number(e.target.value) })}
                >
                  <option value="">-</option>
                  {[1, 2, 3, 4, 5].map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <Text weight="plus" data-testid="computed-grade">
            {t("curation.computed")}:{" "}
            {computed ? (
              <>
                <Badge color={GRADE_COLOR[computed.grade]}>{computed.grade}</Badge> ({t("curation.average")}{" "}
                {computed.average})
              </>
            ) : (
              "-"
            )}
          </Text>
          <Label htmlFor="review-notes">{t("common.notes")}</Label>
          <Text size="small" className="text-ui-fg-subtle">
            {t("curation.notesHint")}
          </Text>
          <Textarea id="review-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
          <div className="flex flex-wrap gap-2">
            <Button disabled={!complete} isLoading={review.isPending} onClick={() => review.mutate("approve")}>
              {t("curation.approve")}
            </Button>
            <Button variant="secondary" disabled={!complete} onClick={() => review.mutate("request_changes")}>
              {t("curation.requestChanges")}
            </Button>
            <Button variant="danger" disabled={!complete} onClick={() => review.mutate("reject")}>
              {t("curation.reject")}
            </Button>
          </div>
        </Container>
      )}

      <Container className="flex flex-col gap-2">
        <Heading level="h2">{t("curation.history")}</Heading>
        <ol className="text-sm">
          {[...curation.history].reverse().map((entry) => (
            <li key={`${entry.at}-${entry.to}-${entry.revision ?? ""}`} className="border-b py-1">
              {new Date(entry.at).toLocaleString()} · {t(`state.${entry.from}`)} → {t(`state.${entry.to}`)}
              {entry.revision ? ` (${t("curation.revision")}: ${t(`state.${entry.revision}`)})` : ""}
              {entry.grade ? ` · ${t("curation.grade")} ${entry.grade}` : ""} · {t("common.by")} {who(entry.by)}
              {entry.notes ? ` · ${entry.notes}` : ""}
            </li>
          ))}
        </ol>
      </Container>
    </div>
  )
}

export default ReviewPage
