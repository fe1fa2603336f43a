/**
 * The gallery's visibility rule, in one place: a product reaches buyers (is `published`, and is in
 * the search index) only when its curation is `approved` and its MSME is `active`.
 */
export type VisibilityFacts = {
  id: string
  status: string
  curation_status: string | null
  msme_status: string | null
}

export function shouldBeVisible(facts: Pick<VisibilityFacts, "curation_status" | "msme_status">): boolean {
  return facts.curation_status === "approved" && facts.msme_status === "active"
}

export function whyHidden(facts: VisibilityFacts): string {
  if (!facts.msme_status) return "it is not linked to an MSME"
  if (facts.msme_status !== "active") return `its MSME is ${facts.msme_status}, not active`
  return `its curation status is ${facts.curation_status ?? "missing"}, not approved`
}

/** Only published products that the rule lets buyers see are ever put in the search index. */
export function isSearchable(p: {
  status: string
  product_curation?: { status?: string | null } | null
  msme?: { status?: string | null } | null
}): boolean {
  return (
    p.status === "published" &&
    shouldBeVisible({ curation_status: p.product_curation?.status ?? null, msme_status: p.msme?.status ?? null })
  )
}
