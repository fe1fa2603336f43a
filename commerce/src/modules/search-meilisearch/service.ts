import { loadVocabulary, meilisearchSettings, PRODUCT_INDEX } from "@galeri/search"
import type { Logger } from "@medusajs/framework/types"
import { AbstractSearchProviderService } from "@medusajs/framework/utils"
import { toMeilisearchFilter } from "./filters"

type Options = { host: string; apiKey: string; timeout_ms?: number }

/** The official client is an ES module: loaded with import() on first use. */
const createClient = (host: string, apiKey: string) =>
  import("meilisearch").then(({ Meilisearch }) => new Meilisearch({ host, apiKey, timeout: 10_000 }))
type Meilisearch = Awaited<ReturnType<typeof createClient>>
// Types taken from the base class itself, so they match the copy of @medusajs/types it was built with.
type Base = AbstractSearchProviderService
type Definition = Parameters<Base["upsertIndex"]>[0]["index"]
type Field = Definition["fields"][string]
type Task = Awaited<ReturnType<Base["upsertIndex"]>>
type Query = Parameters<Base["search"]>[0]
type Result = Awaited<ReturnType<Base["search"]>>
type IndexInfo = Awaited<ReturnType<Base["listIndexes"]>>[number]
type Documents = Parameters<Base["upsertDocuments"]>[0]["documents"]
type DeleteInput = Parameters<Base["deleteDocuments"]>[0]
type FacetResult = NonNullable<Result["facets"]>[string]

/**
 * Meilisearch behind Medusa's Search Module provider interface, through the official client.
 * The product index gets the gallery's settings (synonyms, stop words, typo tolerance from 4
 * letters, per-language attributes); other indexes get settings derived from their definitions.
 */
export default class MeilisearchSearchProvider extends AbstractSearchProviderService {
  static override identifier = "meilisearch"
  protected clientPromise_: Promise<Meilisearch> | null = null
  protected options_: Options
  protected logger_: Logger
  protected timeout_: number

  constructor({ logger }: { logger: Logger }, options: Options) {
    super()
    if (!options?.host || !options?.apiKey) {
      throw new Error("The Meilisearch search provider needs MEILISEARCH_HOST and MEILISEARCH_API_KEY")
    }
    this.logger_ = logger
    this.options_ = options
    this.timeout_ = options.timeout_ms ?? 30_000
  }

  protected client(): Promise<Meilisearch> {
    this.clientPromise_ ??= createClient(this.options_.host, this.options_.apiKey)
    return this.clientPromise_
  }

  static settingsFor(definition: Definition): Record<string, unknown> {
    if (definition.name === PRODUCT_INDEX) return meilisearchSettings(loadVocabulary())
    const fields = Object.entries(definition.fields) as [string, Field][]
    const weight = (f: Field) => (typeof f.searchable === "object" ? (f.searchable.weight ?? 1) : f.searchable ? 1 : 0)
    return {
      searchableAttributes: fields
        .filter(([, f]) => weight(f) > 0)
        .sort(([, a], [, b]) => weight(b) - weight(a))
        .map(([n]) => n),
      filterableAttributes: fields.filter(([, f]) => f.filterable || f.facetable).map(([n]) => n),
      sortableAttributes: fields.filter(([, f]) => f.sortable).map(([n]) => n),
      typoTolerance: {
        enabled: definition.settings.typo_tolerance?.enabled ?? true,
        minWordSizeForTypos: {
          oneTypo: definition.settings.typo_tolerance?.min_word_size_for_one_typo ?? 4,
          twoTypos: definition.settings.typo_tolerance?.min_word_size_for_two_typos ?? 8,
        },
      },
    }
  }

  private task(uid: number | undefined, status = "enqueued"): Task {
    return { task_id: String(uid ?? ""), status } as unknown as Task
  }

  override async upsertIndex({ index }: { index: Definition }) {
    const name = index.physical_name
    const existing = await (await this.client()).getIndex(name).catch(() => null)
    if (!existing)
      await (await this.client())
        .createIndex(name, { primaryKey: index.primary_key })
        .waitTask({ timeout: this.timeout_ })
    const enqueued = await (await this.client())
      .index(name)
      .updateSettings(MeilisearchSearchProvider.settingsFor(index))
    return this.task((enqueued as { taskUid?: number }).taskUid)
  }

  override async deleteIndex({ index }: { index: string }) {
    const enqueued = await (await this.client()).deleteIndex(index)
    return this.task((enqueued as { taskUid?: number }).taskUid)
  }

  override async listIndexes() {
    const { results } = await (await this.client()).getIndexes({ limit: 1000 })
    return results.map((i) => ({ name: i.uid, primary_key: i.primaryKey ?? undefined })) as unknown as IndexInfo[]
  }

  override async upsertDocuments({
    index,
    documents,
  }: {
    index: string
    definition: Definition
    documents: Documents
  }) {
    const enqueued = await (await this.client()).index(index).addDocuments(documents as Record<string, unknown>[])
    return this.task((enqueued as { taskUid?: number }).taskUid)
  }

  override async deleteDocuments({ index, filters }: DeleteInput) {
    const filter = toMeilisearchFilter(filters as Record<string, unknown>)
    if (!filter) throw new Error("deleting documents needs a filter")
    const enqueued = await (await this.client()).index(index).deleteDocuments({ filter })
    return this.task((enqueued as { taskUid?: number }).taskUid)
  }

  override async clearIndex({ index }: { index: string }) {
    const enqueued = await (await this.client()).index(index).deleteAllDocuments()
    return this.task((enqueued as { taskUid?: number }).taskUid)
  }

  override async search(input: Query): Promise<Result> {
    const options = (input.search_options ?? {}) as {
      facets?: (string | { field: string; type?: string })[]
      highlight?: boolean | { fields?: string[]; pre_tag?: string; post_tag?: string }
      match_strategy?: "all" | "any" | "last"
      typo_tolerance?: boolean
    }
    const pagination =
      (input as { pagination?: { skip?: number; take?: number; order?: Record<string, "ASC" | "DESC"> } }).pagination ??
      {}
    const facets = (options.facets ?? []).map((f) => (typeof f === "string" ? f : f.field))
    const highlight = options.highlight
    const q = input.q ?? (input.filters as { q?: string } | undefined)?.q ?? ""
    const index = (await this.client()).index(input.index.physical_name)
    const ask = (matchingStrategy: "all" | "last") =>
      index.search(q, {
        filter: toMeilisearchFilter(input.filters as Record<string, unknown>),
        offset: pagination.skip ?? 0,
        limit: pagination.take ?? 20,
        sort: Object.entries(pagination.order ?? {}).map(([field, dir]) => `${field}:${dir.toLowerCase()}`),
        facets: facets.length ? facets : undefined,
        matchingStrategy,
        attributesToRetrieve: input.attributes_to_retrieve?.length ? input.attributes_to_retrieve : ["*"],
        ...(highlight
          ? {
              attributesToHighlight: typeof highlight === "object" && highlight.fields ? highlight.fields : ["*"],
              highlightPreTag: typeof highlight === "object" ? (highlight.pre_tag ?? "<mark>") : "<mark>",
              highlightPostTag: typeof highlight === "object" ? (highlight.post_tag ?? "</mark>") : "</mark>",
            }
          : {}),
      })
    // every word first; when that finds nothing, Meilisearch's "last" strategy drops words from the
    // end until something matches (the PostgreSQL provider's relaxed pass does the same)
    const any = options.match_strategy === "any"
    let response = await ask(any ? "last" : "all")
    let relaxed = false
    if (!any && !response.hits.length && !(pagination.skip ?? 0) && q.trim().split(/\s+/).length > 1) {
      response = await ask("last")
      relaxed = response.hits.length > 0
    }
    const hits = response.hits.map((hit) => {
      const { _formatted, ...document } = hit as Record<string, unknown> & { _formatted?: Record<string, unknown> }
      const highlights = _formatted
        ? Object.fromEntries(
            Object.entries(_formatted)
              .filter(([, v]) => typeof v === "string" && v.includes("<"))
              .map(([k, v]) => [k, [String(v)]]),
          )
        : undefined
      return {
        id: String(document[input.index.primary_key] ?? document.id),
        document,
        ...(highlights ? { highlights } : {}),
      }
    })
    const facetResults: Record<string, FacetResult> = {}
    for (const [field, values] of Object.entries(response.facetDistribution ?? {})) {
      facetResults[field] = {
        type: "value",
        values: Object.entries(values).map(([value, count]) => ({ value, count })),
      }
    }
    for (const [field, stats] of Object.entries(response.facetStats ?? {})) {
      facetResults[field] = { type: "stats", min: stats.min, max: stats.max, count: response.estimatedTotalHits ?? 0 }
    }
    return {
      hits,
      facets: facetResults,
      metadata: {
        skip: pagination.skip ?? 0,
        take: pagination.take ?? 20,
        count: response.estimatedTotalHits ?? null,
        query: q,
        processing_time_ms: response.processingTimeMs,
        ...(relaxed ? { relaxed: {} } : {}),
      },
    } as Result
  }
}
