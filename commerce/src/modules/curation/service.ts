import { MedusaService } from "@medusajs/framework/utils"
import { ProductCuration } from "./models/product-curation"

export default class CurationModuleService extends MedusaService({ ProductCuration }) {}
