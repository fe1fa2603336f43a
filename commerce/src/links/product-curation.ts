import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CurationModule from "../modules/curation"

/** Curation state of a product (one record per product). */
export default defineLink(ProductModule.linkable.product, {
  linkable: CurationModule.linkable.productCuration,
  deleteCascade: true,
})
