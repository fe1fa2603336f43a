import { MSME_FIELDS, PRODUCT_FIELDS } from "@galeri/search"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Checks buyers' search requests before Medusa's /store/search runs them: a bounded query string,
 * filters only on fields the index declares filterable, facets only on facetable fields. A bad
 * request is a 400 that says what is wrong, never a 500 from the engine.
 */
const MAX_Q = 200
type Fields = Record<string, { type: string; filterable?: boolean; facetable?: unknown }>
const pick = (fields: Fields, flag: "filterable" | "facetable") =>
  new Set(
    Object.entries(fields)
      .filter(([, f]) => Boolean((f as { filterable?: boolean; facetable?: unknown })[flag]))
      .map(([k]) => k),
  )
const INDEXES: Record<string, { filterable: Set<string>; facetable: Set<string> }> = {
  product: { filterable: pick(PRODUCT_FIELDS, "filterable"), facetable: pick(PRODUCT_FIELDS, "facetable") },
  msme: { filterable: pick(MSME_FIELDS, "filterable"), facetable: pick(MSME_FIELDS, "facetable") },
}

function problemsIn(filters: unknown, path: string, problems: string[], filterable: Set<string>, index: string) {
  if (!filters || typeof filters !== "object" || Array.isArray(filters)) return
  for (const [key, value] of Object.entries(filters as Record<string, unknown>)) {
    if (key === "q") {
      if (typeof value !== "string") problems.push(`${path}q must be text`)
      else if (value.length > MAX_Q) problems.push(`${path}q is at most ${MAX_Q} characters (got ${value.length})`)
    } else if (key === "$and" || key === "$or") {
      if (Array.isArray(value)) {
        for (const [i, branch] of value.entries())
          problemsIn(branch, `${path}${key}[${i}].`, problems, filterable, index)
      }
    } else if (key === "$not") {
      problemsIn(value, `${path}$not.`, problems, filterable, index)
    } else if (!filterable.has(key)) {
      problems.push(
        `${path}${key} is not a filter of the product index (filters: ${[...filterable].sort().join(", ")})`,
      )
    }
  }
}

export function searchGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { queries?: unknown[] } | undefined
  const queries = (Array.isArray(body?.queries) ? body.queries : [body]) as {
    entity?: unknown
    filters?: unknown
    search_options?: { facets?: unknown[] }
  }[]
  const problems: string[] = []
  queries.forEach((query, i) => {
    const at = queries.length > 1 ? `queries[${i}].` : ""
    const index = typeof query?.entity === "string" ? INDEXES[query.entity] : undefined
    if (!index) return // Medusa answers unknown indexes with a 404
    const name = query.entity as string
    problemsIn(query.filters, `${at}filters.`, problems, index.filterable, name)
    for (const facet of query.search_options?.facets ?? []) {
      const field = typeof facet === "string" ? facet : (facet as { field?: unknown })?.field
      if (typeof field !== "string" || !index.facetable.has(field)) {
        problems.push(
          `${at}facet ${String(field)} is not a facet of the ${name} index (facets: ${[...index.facetable].sort().join(", ")})`,
        )
      }
    }
  })
  if (problems.length) {
    res.status(400).json({ type: "invalid_data", message: `Invalid search: ${problems.join("; ")}` })
    return
  }
  next()
}
