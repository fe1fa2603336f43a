import { MedusaService } from "@medusajs/framework/utils"
import { Msme } from "./models/msme"
import { Permit } from "./models/permit"
import { ProductProfile } from "./models/product-profile"

export default class MsmeModuleService extends MedusaService({ Msme, Permit, ProductProfile }) {}
