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
let inFlight = false
let again = false
let retrying = false

/**
 * The bump runs beside the event, never inside it: an event job ends at once, so a database outage
 * cannot hold the worker's queue (receipts, indexing) behind bumps waiting for a connection. A bump
 * that fails is tried again a second later until it lands.
 */
function bump(catalog: CatalogModuleService, logger?: { warn: (m: string) => void }) {
  if (inFlight) {
    again = true
    return
  }
  inFlight = true
  again = false
  catalog.bump().then(
    () => {
      inFlight = false
      if (again) bump(catalog, logger)
    },
    (error: unknown) => {
      inFlight = false
      if (retrying) return
      retrying = true
      logger?.warn(
        `catalog version not moved yet (${error instanceof Error ? error.message : String(error)}); trying again`,
      )
      setTimeout(() => {
        retrying = false
        bump(catalog, logger)
      }, 1000).unref()
    },
  )
}

export default async function catalogVersion({ container }: SubscriberArgs<unknown>) {
  const catalog: CatalogModuleService = container.resolve(CATALOG_MODULE)
  let logger: { warn: (m: string) => void } | undefined
  try {
    logger = container.resolve("logger")
  } catch {
    logger = undefined
  }
  bump(catalog, logger)
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
