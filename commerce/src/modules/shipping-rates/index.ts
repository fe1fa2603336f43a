import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import RateTableFulfillmentProvider from "./service"

/** Shipping priced by chargeable weight from the gallery's rate tables, as a provider of Medusa's Fulfillment Module. */
export default ModuleProvider(Modules.FULFILLMENT, { services: [RateTableFulfillmentProvider] })
