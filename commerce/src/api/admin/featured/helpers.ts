import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { FEATURED_COLLECTIONS } from "../../../modules/curation/featured"

import { SECTORS, type Sector } from "../../../modules/msme/places"

export { SECTORS, type Sector }

type ProductRow = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  status: string
  categories?: { handle: string; metadata?: { sector?: string } | null }[]
  msme?: { name: string } | null
}

export async function featuredCollection(container: MedusaContainer, sector: string) {
  if (!(SECTORS as readonly string[]).includes(sector)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "The featured sectors are craft and culinary")
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_collection",
    fields: ["id", "handle", "title", "metadata"],
    filters: { handle: FEATURED_COLLECTIONS[sector as Sector].handle },
  })
  const collection = data[0] as { id: string; handle: string; title: string; metadata: Record<string, unknown> | null }
  if (!collection)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `The featured ${sector} collection is missing: run the seed`)
  return collection
}

export const PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "thumbnail",
  "status",
  "categories.handle",
  "categories.metadata",
  "msme.name",
]

export const sectorOf = (p: ProductRow) => (p.categories?.[0]?.metadata?.sector === "culinary" ? "culinary" : "craft")

/** The collection's products in the staff's order (products without a place come last, by title). */
export async function featuredList(container: MedusaContainer, sector: Sector) {
  const collection = await featuredCollection(container, sector)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: PRODUCT_FIELDS,
    filters: { collection_id: collection.id },
  })
  const order = (collection.metadata?.product_order as string[] | undefined) ?? []
  const place = (id: string) => (order.includes(id) ? order.indexOf(id) : Number.MAX_SAFE_INTEGER)
  const products = (data as unknown as ProductRow[])
    .sort((a, b) => place(a.id) - place(b.id) || a.title.localeCompare(b.title))
    .map((p) => ({
      id: p.id,
      title: p.title,
      handle: p.handle,
      thumbnail: p.thumbnail,
      status: p.status,
      msme: p.msme?.name ?? null,
    }))
  return {
    sector,
    collection_id: collection.id,
    arranged_by: (collection.metadata?.arranged_by as string | undefined) ?? null,
    arranged_at: (collection.metadata?.arranged_at as string | undefined) ?? null,
    products,
  }
}

export type { ProductRow }
