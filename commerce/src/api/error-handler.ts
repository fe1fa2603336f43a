import {
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** How long a client should wait before trying again when the database is away. */
export const RETRY_AFTER_SECONDS = 5

/** PostgreSQL's and Node's codes for "the database cannot be reached or is going away" (not a bad query). */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "57P01", // admin_shutdown: terminating connection due to administrator command
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: the database system is starting up / shutting down
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "53300", // too_many_connections
])
const UNAVAILABLE_MESSAGE =
  /Connection terminated|Knex: Timeout acquiring a connection|connect ECONNREFUSED|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Client has encountered a connection error|Connection ended unexpectedly|is not currently accepting connections/i

/** Whether an error (or what it wraps) says the database is unreachable, rather than that the request was wrong. */
export function databaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown }
  if (typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code)) return true
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true
  if (Array.isArray(e.errors) && e.errors.some((inner) => databaseUnavailable(inner, depth + 1))) return true
  return databaseUnavailable(e.cause, depth + 1) || databaseUnavailable(e.originalError, depth + 1)
}

/**
 * Medusa's words for "try again in a moment": a lock waited on past the provider's wait, and the
 * workflow engine failing to save a workflow's first checkpoint (it says "Transaction already
 * started" when the save fails for another reason, such as the database going away mid-request).
 */
const BUSY_MESSAGE = /Timed-out acquiring lock|Transaction already started for transactionId/i

/**
 * Whether a request gave up waiting for a lock (many buyers completing carts of the same piece at
 * once, past the locking provider's wait): Medusa says 409, but nothing conflicts with what the
 * buyer asked; the same request succeeds a moment later.
 */
export function isBusy(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false
  const e = error as { message?: unknown; cause?: unknown; errors?: unknown }
  if (typeof e.message === "string" && BUSY_MESSAGE.test(e.message)) return true
  if (Array.isArray(e.errors) && e.errors.some((inner) => isBusy(inner, depth + 1))) return true
  return isBusy(e.cause, depth + 1)
}

/** How long a buyer who met a busy lock waits before trying again. */
export const BUSY_RETRY_AFTER_SECONDS = 2

const medusaErrors = errorHandler()

/** Medusa's error types that say the request was wrong (4xx); anything else from search is the provider failing. */
const CLIENT_ERRORS = new Set<string>([
  MedusaError.Types.INVALID_DATA,
  MedusaError.Types.INVALID_ARGUMENT,
  MedusaError.Types.NOT_FOUND,
  MedusaError.Types.NOT_ALLOWED,
  MedusaError.Types.UNAUTHORIZED,
  MedusaError.Types.FORBIDDEN,
  MedusaError.Types.CONFLICT,
  MedusaError.Types.DUPLICATE_ERROR,
])

/** Whether a failure of the buyers' search is its provider's (down, its index missing), not the query's. */
export function searchProviderFailed(error: unknown, path: string): boolean {
  if (!path.startsWith("/store/search")) return false
  const type = (error as { type?: unknown } | null)?.type
  return !(typeof type === "string" && CLIENT_ERRORS.has(type))
}

/**
 * Medusa's error handler, except that a database that is away (restarting, failing over, out of
 * connections) answers 503 with Retry-After instead of a 500: the client can try again, and
 * Medusa reconnects by itself when the database is back; likewise a lock waited on too long
 * (busy, not a conflict). The same for the buyers' search when its
 * provider fails (Meilisearch unreachable, an index missing): 503, while browsing goes on.
 */
export function galleryErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (res.headersSent) return medusaErrors(error as Error, req, res, next)
  /** A 503 the client may retry after `seconds`, logged with the request's id. */
  const unavailable = (code: string, seconds: number, message: string, log: string) => {
    req.scope?.resolve?.("logger")?.warn?.(`${log} for ${req.method} ${req.path} (request ${req.requestId ?? "-"})`)
    res.setHeader("Retry-After", String(seconds))
    res.status(503).json({ type: "unavailable", code, message })
  }
  const reason = String((error as Error | null)?.message)
  if (databaseUnavailable(error))
    return unavailable(
      "database_unavailable",
      RETRY_AFTER_SECONDS,
      `The gallery cannot reach its database at the moment. Please try again in ${RETRY_AFTER_SECONDS} seconds.`,
      `database unavailable: ${reason}`,
    )
  if (isBusy(error))
    return unavailable(
      "busy",
      BUSY_RETRY_AFTER_SECONDS,
      `Many buyers are ordering this at the same moment. Please try again in ${BUSY_RETRY_AFTER_SECONDS} seconds.`,
      "busy (a lock waited on too long, or the workflow engine could not start)",
    )
  // browsing and checkout do not need search: the storefront says so and points to the categories
  if (searchProviderFailed(error, req.path))
    return unavailable(
      "search_unavailable",
      RETRY_AFTER_SECONDS,
      "Search is not available at the moment. Browse the categories, or try again shortly.",
      `search unavailable: ${reason}`,
    )
  return medusaErrors(error as Error, req, res, next)
}
