import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ExportInquiryModule from "../modules/export-inquiry"

/** The draft order an accepted quote became. */
export default defineLink(ExportInquiryModule.linkable.exportInquiry, OrderModule.linkable.order)
