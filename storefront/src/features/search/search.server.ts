import { SEARCH_HIGHLIGHT } from "astro:env/server"
import { expandQuery, loadVocabulary } from "@galeri/search"

export { highlightedHtml } from "./highlight"

import { sdk } from "../../lib/medusa.server"
import type { Region } from "../region/region.server"

/**
 * Catalog search through Medusa's /store/search (the Search Module's product index). The URL carries
 * every choice (q, filters, sort, page) so results can be shared and the back button works.
 */
export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]
export const SEARCH_PAGE_SIZE = 12

export type SearchParams = {
  q: string
  category: string[]
  kecamatan: string[]
  permits: string[]
  exportReady: boolean
  priceMin: number | null
  priceMax: number | null
  sort: SearchSort
  page: number
}

const list = (url: URL, key: string) =>
  url.searchParams
    .getAll(key)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => /^[A-Za-z0-9 _-]{1,60}$/.test(v))
    .slice(0, 20)
const num = (v: string | null) => (v && /^\d{1,12}(\.\d{1,2})?$/.test(v) ? Number(v) : null)

export function readSearchParams(url: URL): SearchParams {
  const sort = url.searchParams.get("urut") ?? "relevance"
  return {
    q: (url.searchParams.get("q") ?? "").slice(0, 200).trim(),
    category: list(url, "kategori"),
    kecamatan: list(url, "kecamatan"),
    permits: list(url, "izin"),
    exportReady: url.searchParams.get("ekspor") === "1",
    priceMin: num(url.searchParams.get("harga_min")),
    priceMax: num(url.searchParams.get("harga_max")),
    sort: (SEARCH_SORTS as readonly string[]).includes(sort) ? (sort as SearchSort) : "relevance",
    page: Math.max(1, Math.min(100, Number.parseInt(url.searchParams.get("hal") ?? "1", 10) || 1)),
  }
}

export function searchHref(base: string, p: SearchParams, change: Partial<SearchParams> = {}): string {
  const next = { ...p, page: 1, ...change }
  const params = new URLSearchParams()
  if (next.q) params.set("q", next.q)
  for (const c of next.category) params.append("kategori", c)
  for (const k of next.kecamatan) params.append("kecamatan", k)
  for (const z of next.permits) params.append("izin", z)
  if (next.exportReady) params.set("ekspor", "1")
  if (next.priceMin != null) params.set("harga_min", String(next.priceMin))
  if (next.priceMax != null) params.set("harga_max", String(next.priceMax))
  if (next.sort !== "relevance") params.set("urut", next.sort)
  if (next.page > 1) params.set("hal", String(next.page))
  const qs = params.toString()
  return qs ? `${base}?${qs}` : base
}

export type SearchDoc = {
  id: string
  handle: string
  title_id: string
  title_en: string
  msme_name: string
  kecamatan: string
  category: string
  thumbnail?: string
  in_stock: boolean
  export_ready: boolean
  price_idr?: number
  price_usd?: number
  price_sgd?: number
  price_myr?: number
}
export type FacetValue = { value: string; count: number }
export type SearchOutcome = {
  hits: { doc: SearchDoc; highlights?: Record<string, string[]> }[]
  count: number
  /** more match than were counted (a common word in a large catalog): `count` is "at least" */
  countIsLowerBound: boolean
  facets: { category: FacetValue[]; kecamatan: FacetValue[]; permits: FacetValue[]; export_ready: FacetValue[] }
  price: { min: number; max: number } | null
  /** nothing had every word: the words left out to find these (empty when the engine does not say which) */
  relaxed: { dropped: string[] } | null
}

export class SearchUnavailable extends Error {}

type Result = {
  hits: { id: string; document: SearchDoc; highlights?: Record<string, string[]> }[]
  metadata?: {
    count: number | null
    count_is_lower_bound?: boolean
    relaxed?: { kept?: string[]; dropped?: string[] }
  }
  facets?: Record<string, { type: string; values?: FacetValue[]; min?: number; max?: number }>
}

async function post(body: Record<string, unknown>): Promise<Result> {
  try {
    const { results } = await sdk.client.fetch<{ results: Result[] }>("/store/search", { method: "POST", body })
    return results[0] as Result
  } catch (error) {
    console.error(`[storefront] search failed: ${error instanceof Error ? error.message : String(error)}`)
    throw new SearchUnavailable(String(error))
  }
}

export async function searchCatalog(p: SearchParams, region: Region): Promise<SearchOutcome> {
  const priceField = `price_${region.currency_code}`
  const filters: Record<string, unknown> = {}
  if (p.q) filters.q = p.q
  if (p.category.length) filters.category = { $in: p.category }
  if (p.kecamatan.length) filters.kecamatan = { $in: p.kecamatan }
  if (p.permits.length) filters.permits = { $overlaps: p.permits }
  if (p.exportReady) filters.export_ready = true
  if (p.priceMin != null || p.priceMax != null) {
    filters[priceField] = {
      ...(p.priceMin != null ? { $gte: p.priceMin } : {}),
      ...(p.priceMax != null ? { $lte: p.priceMax } : {}),
    }
  }
  const order =
    p.sort === "price_asc"
      ? { [priceField]: "ASC" }
      : p.sort === "price_desc"
        ? { [priceField]: "DESC" }
        : p.sort === "newest"
          ? { created_at: "DESC" }
          : undefined
  // Exact first; typo tolerance (misspelt words corrected from the catalog's lexicon, then the same
  // full-text search) only when the exact search finds nothing, as for "batk tulis".
  const exact = await post(body(filters, order, false))
  const result = exact.hits.length || !p.q ? exact : await post(body(filters, order, true))
  const values = (name: string) => result.facets?.[name]?.values ?? []
  const stats = result.facets?.[priceField]
  return {
    hits: result.hits.map((h) => ({ doc: h.document, highlights: h.highlights })),
    count: result.metadata?.count ?? result.hits.length,
    countIsLowerBound: Boolean(result.metadata?.count_is_lower_bound),
    facets: {
      category: values("category"),
      kecamatan: values("kecamatan"),
      permits: values("permits"),
      export_ready: values("export_ready"),
    },
    price: stats && stats.min != null && stats.max != null ? { min: stats.min, max: stats.max } : null,
    relaxed: result.metadata?.relaxed ? { dropped: result.metadata.relaxed.dropped ?? [] } : null,
  }

  function body(filters: Record<string, unknown>, order: Record<string, string> | undefined, typo: boolean) {
    return {
      entity: "product",
      filters,
      pagination: { take: SEARCH_PAGE_SIZE, skip: (p.page - 1) * SEARCH_PAGE_SIZE, ...(order ? { order } : {}) },
      search_options: {
        typo_tolerance: typo,
        count: "exact",
        disjunctive_facets: true,
        ...(SEARCH_HIGHLIGHT && p.q
          ? { highlight: { fields: ["title_id", "title_en"], pre_tag: "<mark>", post_tag: "</mark>" } }
          : {}),
        facets: [
          { field: "category", limit: 50 },
          { field: "kecamatan", limit: 50 },
          { field: "permits", limit: 20 },
          "export_ready",
          { field: priceField, type: "stats" },
        ],
      },
    }
  }
}

/** As-you-type suggestions: the last word is a prefix. */
export async function suggest(q: string): Promise<SearchDoc[]> {
  if (q.trim().length < 2) return []
  const ask = (typo: boolean) =>
    post({
      entity: "product",
      filters: { q: q.slice(0, 100) },
      pagination: { take: 6 },
      search_options: { match_strategy: "last", typo_tolerance: typo, count: "none" },
    })
  const exact = await ask(false)
  return (exact.hits.length ? exact : await ask(true)).hits.map((h) => h.document)
}

const vocabulary = loadVocabulary()

/** Other wordings to offer when nothing is found (the vocabulary's equivalents). */
export function alternatives(q: string): string[] {
  return expandQuery(q, vocabulary).alternatives.slice(1, 4)
}
