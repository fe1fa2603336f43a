import { Badge, Button, Checkbox, Heading, Label, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { type ImportJob, useImportAction, useImportRows } from "../../hooks/api/imports"
import { useText } from "../../lib/text"

const OUTCOMES = ["create", "update", "unchanged", "conflict", "error"] as const
const COLOR: Record<string, "green" | "blue" | "grey" | "orange" | "red"> = {
  create: "green",
  update: "blue",
  unchanged: "grey",
  conflict: "orange",
  error: "red",
}

/** An import job: progress while it runs, the dry run's counts and report, conflict decisions, the commit. */
export function ImportJobView({ job }: { job: ImportJob }) {
  const { t, lang } = useText()
  const [outcome, setOutcome] = useState<string>("")
  const [skipErrors, setSkipErrors] = useState(false)
  const done = job.status === "ready" || job.status === "committed"
  const rows = useImportRows(job.id, outcome, done)
  const commit = useImportAction(job.id, "commit")
  const decide = useImportAction(job.id, "decisions")
  const running = job.status === "analysing" || job.status === "committing"
  const share = job.total_rows ? Math.round((100 * job.processed_rows) / job.total_rows) : 0
  const number = (n: number) => n.toLocaleString(lang === "id" ? "id-ID" : "en-GB")
  const errors = job.summary.error ?? 0
  return (
    <div className="flex flex-col gap-4 px-6 py-4">
      <div className="flex flex-wrap items-center gap-3">
        <Heading level="h2">{job.filename}</Heading>
        <Badge color={job.status === "failed" ? "red" : job.status === "committed" ? "green" : "blue"}>
          {t(`imp.${job.status}`)}
        </Badge>
      </div>
      {running ? (
        <div aria-live="polite">
          <Text>
            {t(job.status === "analysing" ? "imp.analysing" : "imp.committing")} {number(job.processed_rows)}
            {job.status === "committing" ? ` ${t("imp.of")} ${number(job.total_rows)}` : ""} {t("imp.rowsDone")}
          </Text>
          {job.status === "committing" ? (
            <div
              className="bg-ui-bg-subtle mt-2 h-2 w-full max-w-xl overflow-hidden rounded"
              role="progressbar"
              aria-valuenow={share}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-label={t("imp.committing")}
            >
              <div className="bg-ui-fg-interactive h-2" style={{ width: `${share}%` }} />
            </div>
          ) : null}
        </div>
      ) : null}
      {job.error ? <Text className="text-ui-fg-error">{job.error}</Text> : null}
      {done ? (
        <>
          <fieldset className="flex flex-wrap gap-2" aria-label={t("imp.what")}>
            <Button size="small" variant={outcome === "" ? "primary" : "secondary"} onClick={() => setOutcome("")}>
              {t("common.all")} ({number(job.total_rows)})
            </Button>
            {OUTCOMES.map((o) => (
              <Button
                key={o}
                size="small"
                variant={outcome === o ? "primary" : "secondary"}
                onClick={() => setOutcome(o)}
              >
                {t(`imp.${o}`)} ({number(job.summary[o] ?? 0)})
              </Button>
            ))}
          </fieldset>
          {job.status === "committed" && job.summary.done ? (
            <Text>
              {t("imp.committedNote")} {number(job.summary.done.created ?? 0)} {t("imp.created")},{" "}
              {number(job.summary.done.updated ?? 0)} {t("imp.updated")}, {number(job.summary.done.kept ?? 0)}{" "}
              {t("imp.kept")}, {number(job.summary.done.skipped ?? 0)} {t("imp.skipped")}
            </Text>
          ) : null}
          {job.status === "ready" ? (
            <form
              className="flex flex-wrap items-center gap-3"
              onSubmit={(e) => {
                e.preventDefault()
                commit.mutate(
                  { skip_errors: skipErrors },
                  { onError: (error) => toast.error((error as Error).message) },
                )
              }}
            >
              <Button type="submit" isLoading={commit.isPending} disabled={Boolean(errors) && !skipErrors}>
                {t("imp.commit")} ({number((job.summary.create ?? 0) + (job.summary.update ?? 0))})
              </Button>
              {errors ? (
                <div className="flex items-center gap-2">
                  <Checkbox id="skip-errors" checked={skipErrors} onCheckedChange={(v) => setSkipErrors(v === true)} />
                  <Label htmlFor="skip-errors">
                    {t("imp.skipErrors")} ({number(errors)})
                  </Label>
                </div>
              ) : null}
            </form>
          ) : null}
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("imp.row")}</Table.HeaderCell>
                <Table.HeaderCell>{t("imp.business")}</Table.HeaderCell>
                <Table.HeaderCell>{t("imp.what")}</Table.HeaderCell>
                <Table.HeaderCell>{t("imp.decision")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(rows.data?.rows ?? []).map((row) => (
                <Table.Row key={row.id}>
                  <Table.Cell>{row.row_number}</Table.Cell>
                  <Table.Cell>
                    {String(row.values.name ?? "-")}
                    <div className="text-ui-fg-subtle text-xs">
                      {String(row.values.desa ?? "")} {String(row.values.kecamatan ?? "")}
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={COLOR[row.outcome]}>
                      {t(`imp.${row.outcome}`)}
                    </Badge>
                    <ul className="text-xs">
                      {row.problems.list.map((p) => (
                        <li key={`${p.field}-${p.en}`} className={row.outcome === "error" ? "text-ui-fg-error" : ""}>
                          {p.column ? <strong>{p.column}: </strong> : null}
                          {lang === "id" ? p.id : p.en}
                        </li>
                      ))}
                      {row.changes.list.map((c) => (
                        <li key={c.field}>
                          {c.field}: {String(c.from ?? "-")} → {String(c.to)}
                        </li>
                      ))}
                    </ul>
                  </Table.Cell>
                  <Table.Cell>
                    {row.outcome === "conflict" && job.status === "ready" ? (
                      <div className="flex flex-col gap-1">
                        {(["file", "registry"] as const).map((decision) => (
                          <Button
                            key={decision}
                            size="small"
                            variant={row.decision === decision ? "primary" : "secondary"}
                            onClick={() =>
                              decide.mutate(
                                { rows: [{ id: row.id, decision }] },
                                {
                                  onSuccess: () => toast.success(t("imp.decided")),
                                  onError: (error) => toast.error((error as Error).message),
                                },
                              )
                            }
                          >
                            {t(decision === "file" ? "imp.takeFile" : "imp.keepRegistry")}
                          </Button>
                        ))}
                      </div>
                    ) : (
                      (row.result ?? "")
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      ) : null}
    </div>
  )
}
