import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { adminFetch, sdk } from "../../lib/api"

export type ImportJob = {
  id: string
  filename: string
  status: "analysing" | "ready" | "committing" | "committed" | "failed"
  total_rows: number
  processed_rows: number
  summary: Record<string, number> & { done?: Record<string, number> }
  error: string | null
  created_at: string
  committed_at: string | null
}
export type ImportRow = {
  id: string
  row_number: number
  outcome: "create" | "update" | "unchanged" | "conflict" | "error"
  matched_by: string | null
  values: Record<string, unknown>
  changes: { list: { field: string; from: unknown; to: unknown }[] }
  problems: { list: { field: string; column: string | null; id: string; en: string }[] }
  decision: string | null
  result: string | null
}

/** The job, read again every second while it runs (the page can be left and opened again). */
export function useImport(id: string | null) {
  return useQuery({
    queryKey: ["galeri-import", id],
    enabled: Boolean(id),
    queryFn: () => adminFetch<{ import: ImportJob }>(`/admin/msme-imports/${id}`),
    refetchInterval: (query) => {
      const status = query.state.data?.import.status
      return status === "analysing" || status === "committing" ? 1000 : false
    },
  })
}

export function useImportRows(id: string | null, outcome: string, ready: boolean) {
  return useQuery({
    queryKey: ["galeri-import-rows", id, outcome, ready],
    enabled: Boolean(id) && ready,
    queryFn: () =>
      adminFetch<{ rows: ImportRow[]; count: number }>(
        `/admin/msme-imports/${id}/rows?limit=200${outcome ? `&outcome=${outcome}` : ""}`,
      ),
  })
}

export function useRecentImports() {
  return useQuery({
    queryKey: ["galeri-imports"],
    queryFn: () => adminFetch<{ imports: ImportJob[] }>("/admin/msme-imports"),
  })
}

export function useMappings() {
  return useQuery({
    queryKey: ["galeri-import-mappings"],
    queryFn: () => adminFetch<{ mappings: { id: string; name: string }[] }>("/admin/msme-imports/mappings"),
  })
}

export type Preview = {
  headers: string[]
  mapping: Record<string, string>
  unknown: string[]
  missing: string[]
  fields: string[]
  required: string[]
}

/** Multipart posts through the SDK (it leaves FormData as it is; the browser sets the boundary). */
const postForm = <T>(path: string, form: FormData) =>
  sdk.client.fetch<T>(path, { method: "POST", body: form, headers: { "content-type": null } })

/** How the sheet's columns would be read (nothing is kept). */
export function usePreview() {
  return useMutation({ mutationFn: (form: FormData) => postForm<Preview>("/admin/msme-imports/preview", form) })
}

/** Uploads the sheet and starts its dry run. */
export function useUpload() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (form: FormData) =>
      postForm<{ import: ImportJob; same_file_committed_at: string | null }>("/admin/msme-imports", form),
    onSuccess: () => client.invalidateQueries({ queryKey: ["galeri-imports"] }),
  })
}

export function useImportAction(id: string, action: "commit" | "decisions") {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: unknown) => adminFetch(`/admin/msme-imports/${id}/${action}`, { method: "POST", body }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ["galeri-import", id] })
      client.invalidateQueries({ queryKey: ["galeri-import-rows", id] })
    },
  })
}
