import { randomUUID } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** What an incoming X-Request-Id may look like (the storefront's UUIDs, a proxy's or a tracer's id). */
const ACCEPTED = /^[A-Za-z0-9._:-]{8,128}$/

/**
 * The request's id, as its caller sent it (the storefront forwards its own, so one buyer's page and
 * the Store API calls it made share an id) or a new one when it is missing or malformed. Medusa writes
 * `req.requestId` on its JSON access log line; the answer carries it too, for the caller's logs and
 * for a person reporting a problem.
 */
export function requestId(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const given = req.headers["x-request-id"]
  const id = typeof given === "string" && ACCEPTED.test(given) ? given : randomUUID()
  req.requestId = id
  res.setHeader("x-request-id", id)
  next()
}
