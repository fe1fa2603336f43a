import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The stock location of an MSME's workshop, or a clear error when it has none yet. */
export async function workshopLocationOf(container: MedusaContainer, msmeId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "msme", fields: ["id", "stock_location.id"], filters: { id: msmeId } })
  const id = (data[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
  if (!id)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This MSME has no workshop stock location yet: the gallery sets one up when a product is shipped from the workshop",
    )
  return id
}
