import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import MsmeModule from "../modules/msme"

/** An MSME that ships from its own workshop has one stock location there (its stock, its shipments). */
export default defineLink(MsmeModule.linkable.msme, StockLocationModule.linkable.stockLocation)
