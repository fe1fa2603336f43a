import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MeilisearchSearchProvider from "./service"

/** Meilisearch as a provider of Medusa's Search Module (production, when MEILISEARCH_HOST is set). */
export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchProvider] })
