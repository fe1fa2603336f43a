import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CATALOG_MODULE } from "../../../../modules/catalog"
import type CatalogModuleService from "../../../../modules/catalog/service"
import type { StoreCatalogVersionResponse } from "../../../../types/catalog/responses"

/** The catalog's version: storefronts poll it and drop their cached catalog reads when it moves. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreCatalogVersionResponse>) {
  const catalog: CatalogModuleService = req.scope.resolve(CATALOG_MODULE)
  res.setHeader("Cache-Control", "no-store")
  res.json(await catalog.current())
}
