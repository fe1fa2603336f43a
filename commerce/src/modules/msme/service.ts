import { MedusaService } from "@medusajs/framework/utils"
import { MsmeFacilitationCase } from "./models/facilitation-case"
import { MsmeImport, MsmeImportMapping, MsmeImportRow } from "./models/import"
import { Msme } from "./models/msme"
import { MsmePermit } from "./models/permit"
import { MsmeProductProfile } from "./models/product-profile"
import { MsmeStatusChange } from "./models/status-change"

export default class MsmeModuleService extends MedusaService({
  Msme,
  MsmePermit,
  MsmeProductProfile,
  MsmeStatusChange,
  MsmeFacilitationCase,
  MsmeImport,
  MsmeImportRow,
  MsmeImportMapping,
}) {}
