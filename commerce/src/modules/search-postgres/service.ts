import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { buildFacetQuery, mapFacetResult, normalizeFacetRequests } from "@medusajs/search-postgres/dist/utils/facets"
import { toWhereClause } from "@medusajs/search-postgres/dist/utils/filters"
import { tableNameForIndex } from "@medusajs/search-postgres/dist/utils/plan"
import {
  buildSlots,
  type Candidate,
  compoundCandidates,
  correctable,
  correctWords,
  queryWords,
  relax,
  slotsText,
} from "./lexicon"

type Fragments = ReturnType<PostgresSearchService["keywordFragments"]>
type FragmentInput = Parameters<PostgresSearchService["keywordFragments"]>[0]
type SearchInput = Parameters<PostgresSearchService["search"]>[0]
type UpsertInput = Parameters<PostgresSearchService["upsertDocuments"]>[0]
type KeywordInput = Parameters<PostgresSearchService["searchKeyword"]>[0]
type ScopeInput = Parameters<PostgresSearchService["buildFacetScope"]>[0]
type FacetsInput = Parameters<PostgresSearchService["resolveFacets"]>[0]
type Facets = Awaited<ReturnType<PostgresSearchService["resolveFacets"]>>

export const LEXICON_TABLE = "galeri_search_lexicon"
/** The corrected tsquery text, carried from search() to the SQL fragments of the same request. */
const CORRECTED = Symbol("galeri.corrected-tsquery")
/** Set on a relevance-ordered keyword search: rank, count and facet the first CANDIDATES matches only. */
const BOUNDED = Symbol("galeri.bounded")
/** Set by the count when more than CANDIDATES documents match: the count is a lower bound. */
const CAPPED = Symbol("galeri.capped")
/** The facets of a bounded search, read in the same statement as its hits. */
const FACETS = Symbol("galeri.facets")
type Corrected = SearchInput & { [CORRECTED]?: string; [BOUNDED]?: boolean; [CAPPED]?: boolean; [FACETS]?: Facets }
/** The bounded search's candidate set inside its statement (facet queries read it as their table). */
const CANDIDATE_SET = "galeri_candidates"

/**
 * How many matching documents a relevance-ordered search ranks, counts and facets. Beyond it the
 * count says "at least" (`metadata.count_is_lower_bound`), as search engines do ("1,000+"): ranking
 * and counting every match of a common word is what made searches slow at 100,000 products.
 */
export const CANDIDATES = 1000

/**
 * Medusa's PostgreSQL search provider with typo tolerance that uses indexes, compounds both ways
 * and a relaxed pass.
 *
 * The stock provider matches typos with `word_similarity(q, search_text) > 0.3`, which no index can
 * answer: every typo query computes trigram similarity against every document's whole text (1.5 s
 * p95 at 10k products on 2 cores, growing with the catalog). Here a typo-tolerant query first
 * corrects its words against the catalog's lexicon (every distinct word of the indexed documents,
 * kept in `galeri_search_lexicon` with a trigram index, a few thousand rows however large the
 * catalog), then runs the corrected words ("batk" -> "batik", "rotn" -> "rotan") through the same
 * full-text GIN index as an exact search. Hits, counts and facets all use the corrected query.
 * Every keyword search (exact or typo-tolerant) also reads compounds both ways from the lexicon
 * ("megamendung" matches "mega mendung" and back), and when all the words together find nothing it
 * drops words (those that match nothing, then the last, as Meilisearch does) and says so in
 * `metadata.relaxed`. Searches on a subset of fields or by vector are the stock provider's.
 */
export default class GaleriPostgresSearch extends PostgresSearchService {
  override async search(input: SearchInput) {
    const q = input.q?.trim()
    const options = input.search_options ?? {}
    const words = q ? queryWords(q) : []
    const ours = Boolean(
      words.length && !options.attributes_to_search_on?.length && !options.vector && !this.isLakebase_,
    )
    if (!ours) return super.search(input)
    const typo = Boolean(options.typo_tolerance && (input.index.settings?.typo_tolerance?.enabled ?? true))
    const strategy = options.match_strategy
    // the table is named after the index version, as the stock provider names it: no extra catalog read
    const table = tableNameForIndex(input.index.physical_name)
    const known = await this.known(compoundCandidates(words), table)
    const groups = typo ? await this.corrections(words, table, known) : words.map((w) => [w])
    let slots = buildSlots(words, groups, known, strategy)
    // relevance order (no field to sort by): rank and count a bounded candidate set
    const bounded = !Object.keys(input.pagination?.order ?? {}).some((k) => k !== "_score")
    const run = async (which: typeof slots) => {
      const request = { ...input, [CORRECTED]: slotsText(which, strategy), [BOUNDED]: bounded } as Corrected
      const answer = await super.search(request)
      return request[CAPPED]
        ? ({ ...answer, metadata: { ...answer.metadata, count_is_lower_bound: true } } as typeof answer)
        : answer
    }
    const result = await run(slots)
    if (result.hits.length || (input.pagination?.skip ?? 0) > 0 || strategy === "any" || slots.length < 2) return result
    // an exact search with a word the catalog does not have is left empty: the typo pass corrects it
    // ("batk tulis" is "batik tulis", not "tulis") and relaxes only after that
    if (!typo && slots.some((s) => s.unknown)) return result
    // nothing has every word: relax (words that match nothing, then the last), as far as three more searches
    let matches = await this.matches(slots, table)
    for (let tries = 0; tries < 3; tries++) {
      const next = relax(slots, matches)
      if (!next) break
      ;({ slots, matches } = next)
      const relaxed = await run(slots)
      if (relaxed.hits.length) {
        const kept = new Set(slots.flatMap((s) => s.words))
        return {
          ...relaxed,
          metadata: {
            ...relaxed.metadata,
            relaxed: { kept: words.filter((w) => kept.has(w)), dropped: words.filter((w) => !kept.has(w)) },
          },
        } as typeof relaxed
      }
    }
    return result
  }

  /** Which of these words the catalog has (one primary-key lookup in the lexicon). */
  protected async known(candidates: string[], table: string): Promise<Set<string>> {
    if (!candidates.length) return new Set()
    const rows = (await this.manager_.execute(
      `SELECT "word" FROM "${LEXICON_TABLE}" WHERE "table_name" = ? AND "word" IN (SELECT jsonb_array_elements_text(?::jsonb))`,
      [table, JSON.stringify(candidates)],
    )) as { word: string }[]
    return new Set(rows.map((r) => r.word))
  }

  /** Each slot's document count, capped at 1,000 (enough to tell a rare word from a common one). */
  protected async matches(slots: { text: string }[], table: string): Promise<number[]> {
    const params: unknown[] = []
    const parts = slots.map((slot, i) => {
      params.push(slot.text)
      return `SELECT ${i} AS i, (SELECT count(*) FROM (SELECT 1 FROM "${table}" WHERE "search_vector" @@ to_tsquery('${this.tsConfig_}', ?) LIMIT 1000) s)::int AS n`
    })
    const rows = (await this.manager_.execute(parts.join(" UNION ALL "), params)) as { i: number; n: number }[]
    return slots.map((_, i) => Number(rows.find((r) => Number(r.i) === i)?.n ?? 0))
  }

  /** Each word's alternatives: itself when the catalog has it, else the catalog words closest to it. */
  protected async corrections(words: string[], table: string, known: Set<string>): Promise<string[][]> {
    const toCheck = words.filter((w) => correctable(w) && !known.has(w))
    const candidates = toCheck.length
      ? ((await this.manager_.execute(
          `SELECT t.token, l.word, similarity(l.word, t.token) AS similarity
             FROM jsonb_array_elements_text(?::jsonb) AS t(token)
             CROSS JOIN LATERAL (
               SELECT "word" FROM "${LEXICON_TABLE}"
                WHERE "table_name" = ? AND "word" % t.token
                ORDER BY "word" <-> t.token, "word"
                LIMIT 5
             ) AS l`,
          [JSON.stringify(toCheck), table],
        )) as Candidate[])
      : []
    return (
      correctWords(
        words,
        candidates.map((c) => ({ ...c, similarity: Number(c.similarity) })),
      ) ?? words.map((w) => [w])
    )
  }

  /**
   * A relevance-ordered keyword search over the first CANDIDATES matches, in one statement: the
   * full-text index finds them once, and the count (up to CANDIDATES + 1), the ranked page and every
   * requested facet are read from that one set. The stock provider scans the matches once for the
   * hits, once for the count and once per facet (seven scans for the search page's five facets).
   * Others (min_score, distinct, field orders) are the stock provider's.
   */
  protected override async searchKeyword(input: KeywordInput) {
    const { input: query, catalog, distinct, skip, take } = input
    const options = query.search_options ?? {}
    if (
      !(query as Corrected)[BOUNDED] ||
      options.min_score !== undefined ||
      this.resolveDistinct(distinct, catalog.plan, query.index.name)
    )
      return super.searchKeyword(input)
    const fragments = this.keywordFragments({ query, catalog })
    if (!fragments.matchSql) return super.searchKeyword(input)
    const requests = normalizeFacetRequests(options.facets, catalog.plan)
    const table = catalog.table_name
    const limit = Math.max(CANDIDATES, skip + take)
    const params: unknown[] = []
    const conditions = [fragments.matchSql(params)]
    const filterWhere = toWhereClause(query.filters, catalog.plan)
    if (filterWhere?.sql) {
      conditions.push(`(${filterWhere.sql})`)
      params.push(...filterWhere.params)
    }
    params.push(limit + 1)
    const matched = `SELECT "id", "indexed", "search_vector" FROM "${table}" WHERE ${conditions.join(" AND ")} LIMIT ?`
    const rank = fragments.rankSql(params)
    params.push(limit)
    const scored = `SELECT "id", "indexed", ${rank} AS "score" FROM "galeri_matched" LIMIT ?`
    const ranked = `SELECT "id", "score", row_number() OVER (ORDER BY ${this.resolveOrderBy(query, catalog.plan, true)}) AS "ord" FROM "${CANDIDATE_SET}"`
    params.push(skip, skip + take)
    const hits = `SELECT coalesce(json_agg(json_build_object('id', d."id", 'document', d."document", 'indexed', d."indexed", 'score', r."score") ORDER BY r."ord"), '[]'::json)
        FROM "galeri_ranked" r JOIN "${table}" d ON d."id" = r."id" WHERE r."ord" > ? AND r."ord" <= ?`
    const facets = requests.map((request, i) => {
      const facet = buildFacetQuery({
        table: CANDIDATE_SET,
        whereSql: undefined,
        whereParams: [],
        request,
        plan: catalog.plan,
      })
      params.push(...facet.params)
      return `, (SELECT coalesce(json_agg(f), '[]'::json) FROM (${facet.sql}) f) AS "f${i}"`
    })
    const [row] = (await this.manager_.execute(
      `WITH "galeri_matched" AS MATERIALIZED (${matched}),
            "${CANDIDATE_SET}" AS MATERIALIZED (${scored}),
            "galeri_ranked" AS (${ranked})
       SELECT (SELECT count(*)::int FROM "galeri_matched") AS "count", (${take === 0 ? "SELECT '[]'::json" : hits}) AS "hits"${facets.join("")}`,
      params,
    )) as ({ count: number; hits: unknown[] } & Record<string, unknown>)[]
    let count: number | null = null
    if (options.count !== "none") {
      count = Number(row?.count ?? 0)
      if (count > limit) {
        count = limit
        ;(query as Corrected)[CAPPED] = true
      }
    }
    if (requests.length)
      (query as Corrected)[FACETS] = Object.fromEntries(
        requests.map((request, i) => [request.field, mapFacetResult(request, (row?.[`f${i}`] as never[]) ?? [])]),
      )
    return { hitRows: row?.hits ?? [], count } as Awaited<ReturnType<PostgresSearchService["searchKeyword"]>>
  }

  /** A bounded search has its facets already (read with its hits); other searches scope them as the stock provider does. */
  protected override buildFacetScope(input: ScopeInput) {
    const facets = (input.input as Corrected)[FACETS]
    const scope = super.buildFacetScope(input)
    return facets && scope ? { ...scope, [FACETS]: facets } : scope
  }

  protected override async resolveFacets(input: FacetsInput) {
    const facets = (input.scopeWhere as { [FACETS]?: Facets } | undefined)?.[FACETS]
    return facets ?? super.resolveFacets(input)
  }

  protected override keywordFragments(input: FragmentInput): Fragments {
    const tsqueryText = (input.query as Corrected)[CORRECTED]
    if (tsqueryText === undefined) return super.keywordFragments(input)
    const exact = super.keywordFragments({
      ...input,
      query: { ...input.query, search_options: { ...input.query.search_options, typo_tolerance: false } },
    })
    const tsquery = (params: unknown[]) => {
      params.push(tsqueryText)
      return `to_tsquery('${this.tsConfig_}', ?)`
    }
    return {
      ...exact,
      needsBm25Limit: false,
      matchSql: (params) => `"search_vector" @@ ${tsquery(params)}`,
      rankSql: (params) => `ts_rank_cd("search_vector", ${tsquery(params)})`,
    }
  }

  /** Indexes the documents, then adds their words to the lexicon. */
  override async upsertDocuments(input: UpsertInput) {
    const task = await super.upsertDocuments(input)
    if (!input.documents.length || this.isLakebase_) return task
    const catalog = await this.retrieve(input.index)
    const key = catalog.plan.primary_key
    const ids = input.documents.map((d) => (d as Record<string, unknown>)[key]).filter((id) => id != null)
    await this.manager_.execute(
      `INSERT INTO "${LEXICON_TABLE}" ("table_name", "word")
       SELECT DISTINCT ?, w FROM "${catalog.table_name}",
              unnest(tsvector_to_array(to_tsvector('simple', "search_text"))) AS w
        WHERE "id" IN (SELECT jsonb_array_elements_text(?::jsonb)) AND length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]+$'
       ON CONFLICT DO NOTHING`,
      [catalog.table_name, JSON.stringify(ids.map(String))],
    )
    return task
  }

  protected override async dropDocumentTable(
    table: string,
    manager: Parameters<PostgresSearchService["dropDocumentTable"]>[1],
  ) {
    await super.dropDocumentTable(table, manager)
    await manager.execute(`DELETE FROM "${LEXICON_TABLE}" WHERE "table_name" = ?`, [table])
  }
}
