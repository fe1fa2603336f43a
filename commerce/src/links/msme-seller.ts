import { defineLink } from "@medusajs/framework/utils"
import MsmeModule from "../modules/msme"
import SellerModule from "../modules/seller"

/** The people who sign in for an MSME: many sellers, one MSME each. */
export default defineLink(MsmeModule.linkable.msme, { linkable: SellerModule.linkable.seller, isList: true })
