import { MedusaService } from "@medusajs/framework/utils"
import { StaffMember } from "./models/staff-member"

export default class StaffModuleService extends MedusaService({ StaffMember }) {}
