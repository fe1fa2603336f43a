import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VisibilityFacts } from "../../../modules/curation/visibility"

type Row = {
  id: string
  status: string
  product_curation?: { status?: string | null } | null
  msme?: { status?: string | null } | null
}

/** What the visibility rule needs to know about products: their status, curation and MSME (through the links). */
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
