import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import IndexedTypoPostgresSearch from "./service"

/** The default search provider: Medusa's PostgreSQL provider with index-backed typo tolerance. */
export default ModuleProvider(Modules.SEARCH, { services: [IndexedTypoPostgresSearch] })
