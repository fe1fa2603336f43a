import { defineLink } from "@medusajs/framework/utils"
import ExportInquiryModule from "../modules/export-inquiry"
import MsmeModule from "../modules/msme"

/** The MSMEs whose products an inquiry concerns: they see it and add their price and capacity. */
export default defineLink(
  { linkable: ExportInquiryModule.linkable.exportInquiry, isList: true },
  { linkable: MsmeModule.linkable.msme, isList: true },
)
