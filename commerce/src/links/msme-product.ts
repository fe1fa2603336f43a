import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MsmeModule from "../modules/msme"

/** An MSME lists many products; a product belongs to one MSME. */
export default defineLink(MsmeModule.linkable.msme, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
