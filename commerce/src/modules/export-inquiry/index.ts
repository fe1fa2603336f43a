import { Module } from "@medusajs/framework/utils"
import ExportInquiryModuleService from "./service"

export const EXPORT_INQUIRY_MODULE = "exportInquiry"

export default Module(EXPORT_INQUIRY_MODULE, { service: ExportInquiryModuleService })
