import { model } from "@medusajs/framework/utils"

/**
 * What buyers can see of the catalog, as one number that grows with every change to it (products,
 * prices, curation, MSMEs, stock): storefronts keep their catalog reads while it stands still and
 * drop them when it moves. One row, `catalog`.
 */
export const CatalogVersion = model.define("catalog_version", {
  id: model.id().primaryKey(),
  version: model.number(),
  changed_at: model.dateTime(),
})
