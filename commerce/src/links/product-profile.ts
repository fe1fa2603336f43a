import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MsmeModule from "../modules/msme"

/** Origin and export data of a product (one profile per product). */
export default defineLink(ProductModule.linkable.product, {
  linkable: MsmeModule.linkable.msmeProductProfile,
  deleteCascade: true,
})
