import { Module } from "@medusajs/framework/utils"
import MsmeModuleService from "./service"

export const MSME_MODULE = "msme"

export default Module(MSME_MODULE, { service: MsmeModuleService })
