import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { featuredList } from "./helpers"

/** Both featured collections of the home page, in order. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ craft: await featuredList(req.scope, "craft"), culinary: await featuredList(req.scope, "culinary") })
}
