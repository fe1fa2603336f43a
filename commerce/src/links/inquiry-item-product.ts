import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ExportInquiryModule from "../modules/export-inquiry"

/** An inquiry line asks about (at most) one gallery product; a product is asked about in many inquiries. */
export default defineLink(ProductModule.linkable.product, {
  linkable: ExportInquiryModule.linkable.exportInquiryItem,
  isList: true,
})
