import { MedusaService } from "@medusajs/framework/utils"
import { OfficeTarget } from "./models/target"

/** The office's own data: targets per indicator and year. The indicators are read from the gallery's data. */
export default class OfficeModuleService extends MedusaService({ OfficeTarget }) {}
