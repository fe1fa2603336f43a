import { Module } from "@medusajs/framework/utils"
import OfficeModuleService from "./service"

export const OFFICE_MODULE = "office"

export default Module(OFFICE_MODULE, { service: OfficeModuleService })
