import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"

/**
 * Every change buyers could see moves the catalog's version, so storefronts drop their cached
 * catalog reads (storefront/src/lib/catalog-cache.server.ts polls it): products, variants, images,
 * categories and collections, prices, curation decisions, MSMEs and their permits, stock. Module
 * events are included, so bulk loads through the module services count too. A burst of events (a
 * product saved is a dozen) is one bump in flight and at most one more after it.
 */
let inFlight: Promise<unknown> | null = null
let again = false

export default async function catalogVersion({ container }: SubscriberArgs<unknown>) {
  const catalog: CatalogModuleService = container.resolve(CATALOG_MODULE)
  if (inFlight) {
    again = true
    return
  }
  try {
    do {
      again = false
      inFlight = catalog.bump()
      await inFlight
    } while (again)
  } finally {
    inFlight = null
  }
}

export const CATALOG_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "product-category.created",
  "product-category.updated",
  "product-category.deleted",
  "product-collection.created",
  "product-collection.updated",
  "product-collection.deleted",
  "product.product.created",
  "product.product.updated",
  "product.product.deleted",
  "product.product-variant.updated",
  "product.product-image.created",
  "product.product-image.updated",
  "product.product-image.deleted",
  "product.product-category.updated",
  "product.product-collection.updated",
  "pricing.price.created",
  "pricing.price.updated",
  "pricing.price.deleted",
  "pricing.price-list.created",
  "pricing.price-list.updated",
  "pricing.price-list.deleted",
  "curation.status_changed",
  "curation.revision_changed",
  "gallery.featured_changed",
  "msme.updated",
  "msme.status_changed",
  "msme.permit_decided",
  "inventory-level.updated",
  "inventory.inventory-level.updated",
  "inventory.reservation-item.created",
  "inventory.reservation-item.deleted",
]

export const config: SubscriberConfig = {
  event: CATALOG_EVENTS,
  context: { subscriberId: "catalog-version" },
}
