import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The gallery's visibility rule, in one place: a product reaches buyers (is `published`)
 * only when its curation is `approved` and its MSME is `active`.
 */
export type VisibilityFacts = {
  id: string
  status: string
  curation_status: string | null
  msme_status: string | null
}

export function shouldBeVisible(facts: VisibilityFacts): boolean {
  return facts.curation_status === "approved" && facts.msme_status === "active"
}

export function whyHidden(facts: VisibilityFacts): string {
  if (!facts.msme_status) return "it is not linked to an MSME"
  if (facts.msme_status !== "active") return `its MSME is ${facts.msme_status}, not active`
  return `its curation status is ${facts.curation_status ?? "missing"}, not approved`
}

type Row = {
  id: string
  status: string
  product_curation?: { status?: string | null } | null
  msme?: { status?: string | null } | null
}

export async function readVisibilityFacts(container: MedusaContainer, ids: string[]): Promise<VisibilityFacts[]> {
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "status", "product_curation.status", "msme.status"],
    filters: { id: ids },
  })
  return (data as Row[]).map((row) => ({
    id: row.id,
    status: row.status,
    curation_status: row.product_curation?.status ?? null,
    msme_status: row.msme?.status ?? null,
  }))
}
