import { Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { ImportJobView } from "../../../components/msmes/import-job"
import {
  type Preview,
  useImport,
  useMappings,
  usePreview,
  useRecentImports,
  useUpload,
} from "../../../hooks/api/imports"
import { field, linkStyle, useText } from "../../../lib/text"

/** The registry import: upload a sheet, see how its columns are read, follow the dry run, decide, import. */
const ImportPage = () => {
  const { t } = useText()
  const [params, setParams] = useSearchParams()
  const jobId = params.get("import")
  const job = useImport(jobId)
  const recent = useRecentImports()
  const mappings = useMappings()
  const preview = usePreview()
  const upload = useUpload()
  const [file, setFile] = useState<File | null>(null)
  const [layout, setLayout] = useState("")
  const [columns, setColumns] = useState<Preview | null>(null)
  const [saveAs, setSaveAs] = useState("")
  const formOf = (extra: Record<string, string> = {}) => {
    const form = new FormData()
    form.append("file", file!, file!.name)
    if (layout) form.append("mapping_name", layout)
    for (const [k, v] of Object.entries(extra)) form.append(k, v)
    return form
  }
  const start = (extra: Record<string, string> = {}) =>
    upload.mutate(formOf(extra), {
      onSuccess: (body) => {
        setColumns(null)
        if (body.same_file_committed_at)
          toast.info(`${t("imp.sameFile")} ${new Date(body.same_file_committed_at).toLocaleDateString()}`)
        setParams({ import: body.import.id })
      },
      onError: (error) => toast.error((error as Error).message),
    })
  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
          <div>
            <Link to="/msmes" className="underline underline-offset-2 text-sm" style={linkStyle}>
              ← {t("msme.back")}
            </Link>
            <Heading level="h1">{t("imp.title")}</Heading>
          </div>
          <a
            className="underline underline-offset-2 text-sm"
            style={linkStyle}
            href="/admin/msme-imports/template?format=xlsx"
            download
          >
            {t("imp.template")}
          </a>
        </div>
        <form
          className="flex flex-col gap-3 px-6 py-4"
          onSubmit={(e) => {
            e.preventDefault()
            if (!file) return
            // first how the columns are read; a sheet with every required column starts at once
            preview.mutate(formOf(), {
              onSuccess: (p) => (p.missing.length ? setColumns(p) : start()),
              onError: (error) => toast.error((error as Error).message),
            })
          }}
        >
          <Text className="text-ui-fg-subtle">{t("imp.intro")}</Text>
          <div className="flex flex-wrap items-end gap-4">
            <div className="flex flex-col gap-1">
              <Label htmlFor="imp-file">{t("imp.file")}</Label>
              <input
                id="imp-file"
                type="file"
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </div>
            <div className="flex flex-col gap-1">
              <Label htmlFor="imp-layout">{t("imp.layout")}</Label>
              <select id="imp-layout" className={field} value={layout} onChange={(e) => setLayout(e.target.value)}>
                <option value="">{t("imp.usualLayout")}</option>
                {(mappings.data?.mappings ?? []).map((m) => (
                  <option key={m.id} value={m.name}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" disabled={!file} isLoading={preview.isPending || upload.isPending}>
              {t("imp.upload")}
            </Button>
          </div>
        </form>
        {columns ? <MappingForm preview={columns} saveAs={saveAs} onSaveAs={setSaveAs} onStart={start} /> : null}
      </Container>
      {job.data ? (
        <Container className="p-0">
          <ImportJobView job={job.data.import} />
        </Container>
      ) : null}
      <Container className="px-6 py-4">
        <Heading level="h2" className="mb-2">
          {t("imp.recent")}
        </Heading>
        <ul className="text-sm">
          {(recent.data?.imports ?? []).map((i) => (
            <li key={i.id}>
              <button
                type="button"
                className="underline underline-offset-2"
                style={linkStyle}
                onClick={() => setParams({ import: i.id })}
              >
                {i.filename}
              </button>{" "}
              · {new Date(i.created_at).toLocaleString()} · {t(`imp.${i.status}`)} · {i.total_rows} {t("imp.rowsDone")}
            </li>
          ))}
        </ul>
      </Container>
    </div>
  )
}

/** For a sheet whose headers we do not know: which of our fields each column is, saved for next time if named. */
function MappingForm({
  preview,
  saveAs,
  onSaveAs,
  onStart,
}: {
  preview: Preview
  saveAs: string
  onSaveAs: (name: string) => void
  onStart: (extra: Record<string, string>) => void
}) {
  const { t } = useText()
  const [mapping, setMapping] = useState<Record<string, string>>(preview.mapping)
  return (
    <form
      className="flex flex-col gap-3 px-6 py-4"
      onSubmit={(e) => {
        e.preventDefault()
        const chosen = Object.fromEntries(Object.entries(mapping).filter(([, f]) => f))
        onStart({ mapping: JSON.stringify(chosen), ...(saveAs.trim() ? { save_mapping_as: saveAs.trim() } : {}) })
      }}
    >
      <Heading level="h2">{t("imp.mapTitle")}</Heading>
      <Text className="text-ui-fg-error">
        {preview.missing.join(", ")} · {t("imp.unknownHeaders")}: {preview.unknown.join(", ")}
      </Text>
      <div className="grid max-w-2xl grid-cols-2 gap-2">
        {preview.headers.map((header) => (
          <div key={header} className="contents">
            <Label htmlFor={`map-${header}`}>{header}</Label>
            <select
              id={`map-${header}`}
              className={field}
              value={mapping[header] ?? ""}
              onChange={(e) => setMapping({ ...mapping, [header]: e.target.value })}
            >
              <option value="">{t("imp.ignore")}</option>
              {preview.fields.map((f) => (
                <option key={f} value={f}>
                  {f}
                  {preview.required.includes(f) ? " *" : ""}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="flex max-w-md flex-col gap-1">
        <Label htmlFor="map-save">{t("imp.saveAs")}</Label>
        <Input id="map-save" size="small" value={saveAs} onChange={(e) => onSaveAs(e.target.value)} />
      </div>
      <div>
        <Button type="submit">{t("imp.retry")}</Button>
      </div>
    </form>
  )
}

export default ImportPage
