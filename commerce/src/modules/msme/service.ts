import { MedusaService } from "@medusajs/framework/utils"
import { Msme } from "./models/msme"
import { MsmePermit } from "./models/permit"
import { MsmeProductProfile } from "./models/product-profile"

export default class MsmeModuleService extends MedusaService({ Msme, MsmePermit, MsmeProductProfile }) {}
