import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** MSME names by id, for the staff lists. */
export async function msmeNames(req: MedusaRequest, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "msme", fields: ["id", "name"], filters: { id: ids } })
  return new Map((data as { id: string; name: string }[]).map((m) => [m.id, m.name]))
}
