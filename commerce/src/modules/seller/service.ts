import { MedusaService } from "@medusajs/framework/utils"
import { Seller } from "./models/seller"
import { SellerInvitation } from "./models/seller-invitation"
import { SellerUpload } from "./models/seller-upload"

export default class SellerModuleService extends MedusaService({ Seller, SellerUpload, SellerInvitation }) {}
