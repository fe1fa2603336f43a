/**
 * Translates the Search Module's filter tree into a Meilisearch filter expression.
 * `q` is the query text, not a filter; unknown operators are refused rather than dropped.
 */
type Value = string | number | boolean | null
type Filters = Record<string, unknown>

const quote = (v: Value): string => {
  if (v === null) return "null"
  if (typeof v === "number" || typeof v === "boolean") return String(v)
  return `"${String(v).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}
const attr = (name: string): string => {
  if (!/^[A-Za-z0-9_.]+$/.test(name)) throw new Error(`"${name}" is not a field name`)
  return name
}

function operator(field: string, op: string, value: unknown): string {
  const f = attr(field)
  const list = (v: unknown) => `[${(Array.isArray(v) ? v : [v]).map((x) => quote(x as Value)).join(", ")}]`
  switch (op) {
    case "$eq":
      return value === null ? `${f} IS NULL` : `${f} = ${quote(value as Value)}`
    case "$ne":
      return value === null ? `${f} IS NOT NULL` : `${f} != ${quote(value as Value)}`
    case "$in":
    case "$overlaps":
    case "$contains":
      return `${f} IN ${list(value)}`
    case "$nin":
      return `${f} NOT IN ${list(value)}`
    case "$lt":
      return `${f} < ${quote(value as Value)}`
    case "$lte":
      return `${f} <= ${quote(value as Value)}`
    case "$gt":
      return `${f} > ${quote(value as Value)}`
    case "$gte":
      return `${f} >= ${quote(value as Value)}`
    case "$exists":
      return value ? `${f} EXISTS` : `${f} NOT EXISTS`
    case "$prefix":
      return `${f} STARTS WITH ${quote(value as Value)}`
    default:
      throw new Error(`the filter operator ${op} is not supported by the Meilisearch provider`)
  }
}

export function toMeilisearchFilter(filters: Filters | undefined): string | undefined {
  if (!filters) return undefined
  const parts: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (key === "q" || value === undefined) continue
    if (key === "$and" || key === "$or") {
      const nested = (value as Filters[]).map(toMeilisearchFilter).filter((x): x is string => Boolean(x))
      if (nested.length) parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
    } else if (key === "$not") {
      const inner = toMeilisearchFilter(value as Filters)
      if (inner) parts.push(`NOT (${inner})`)
    } else if (Array.isArray(value)) {
      parts.push(operator(key, "$in", value))
    } else if (value !== null && typeof value === "object") {
      for (const [op, v] of Object.entries(value as Record<string, unknown>)) parts.push(operator(key, op, v))
    } else {
      parts.push(operator(key, "$eq", value))
    }
  }
  return parts.length ? parts.join(" AND ") : undefined
}
