import { MedusaError } from "@medusajs/framework/utils"
import {
  BUSY_RETRY_AFTER_SECONDS,
  databaseUnavailable,
  galleryErrorHandler,
  isBusy,
  RETRY_AFTER_SECONDS,
  searchProviderFailed,
} from "../error-handler"

/** A response that records what the handler sent. */
function response() {
  const sent: { status?: number; headers: Record<string, string>; body?: unknown } = { headers: {} }
  const res = {
    headersSent: false,
    setHeader: (k: string, v: string) => {
      sent.headers[k] = v
    },
    status: (code: number) => {
      sent.status = code
      return res
    },
    json: (body: unknown) => {
      sent.body = body
      return res
    },
  }
  return { res, sent }
}

describe("the API's error handler", () => {
  it("knows a database that is away from a request that is wrong", () => {
    const pg = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })
    expect(databaseUnavailable(pg)).toBe(true)
    expect(
      databaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
    ).toBe(true)
    expect(databaseUnavailable(new Error("Knex: Timeout acquiring a connection. The pool is probably full."))).toBe(
      true,
    )
    // the database closed to connections (a failover, or the fault suite's outage)
    expect(
      databaseUnavailable(
        Object.assign(new Error('database "galeri" is not currently accepting connections'), { code: "55000" }),
      ),
    ).toBe(true)
    // wrapped the way MikroORM and Medusa wrap driver errors
    expect(databaseUnavailable(new MedusaError(MedusaError.Types.DB_ERROR, "query failed", undefined))).toBe(false)
    expect(databaseUnavailable(Object.assign(new Error("query failed"), { cause: pg }))).toBe(true)
    expect(databaseUnavailable(new AggregateError([new Error("x"), pg]))).toBe(true)
    // not an outage: bad data, a unique violation, a missing record
    expect(databaseUnavailable(Object.assign(new Error("duplicate key value"), { code: "23505" }))).toBe(false)
    expect(databaseUnavailable(new MedusaError(MedusaError.Types.NOT_FOUND, "Product was not found"))).toBe(false)
    expect(databaseUnavailable(null)).toBe(false)
  })

  it("answers 503 with Retry-After while the database is away, and leaves every other error to Medusa", () => {
    const { res, sent } = response()
    const logger = { warn: () => {}, info: () => {}, error: () => {} }
    const req = { method: "POST", path: "/store/carts/x/complete", scope: { resolve: () => logger } }
    const outage = Object.assign(new Error("Connection terminated unexpectedly"), { code: "ECONNRESET" })
    galleryErrorHandler(outage, req as never, res as never, (() => {}) as never)
    expect(sent.status).toBe(503)
    expect(sent.headers["Retry-After"]).toBe(String(RETRY_AFTER_SECONDS))
    expect(sent.body).toMatchObject({ code: "database_unavailable", message: expect.stringMatching(/try again/) })

    const other = response()
    galleryErrorHandler(
      new MedusaError(MedusaError.Types.NOT_FOUND, "Product was not found"),
      req as never,
      other.res as never,
      (() => {}) as never,
    )
    expect(other.sent.status).toBe(404)
    expect(other.sent.headers["Retry-After"]).toBeUndefined()
  })

  it("answers 503 when the search provider fails, and leaves a wrong query to Medusa's 400", () => {
    const logger = { warn: () => {}, info: () => {}, error: () => {} }
    const search = { method: "POST", path: "/store/search", scope: { resolve: () => logger } }
    const down = response()
    galleryErrorHandler(
      new Error('relation "search_pg_product" does not exist'),
      search as never,
      down.res as never,
      (() => {}) as never,
    )
    expect(down.sent.status).toBe(503)
    expect(down.sent.body).toMatchObject({ code: "search_unavailable" })
    const wrong = response()
    galleryErrorHandler(
      new MedusaError(MedusaError.Types.INVALID_DATA, "Unknown index"),
      search as never,
      wrong.res as never,
      (() => {}) as never,
    )
    expect(wrong.sent.status).toBe(400)
    // elsewhere an unexpected error stays Medusa's 500
    expect(searchProviderFailed(new Error("boom"), "/store/products")).toBe(false)
  })

  it("answers a lock waited on too long with a retryable 503, not Medusa's 409", () => {
    const logger = { warn: () => {}, info: () => {}, error: () => {} }
    const req = { method: "POST", path: "/store/carts/x/complete", scope: { resolve: () => logger } }
    // what Medusa's Redis locking provider throws after its wait
    const busy = new MedusaError(MedusaError.Types.CONFLICT, "Timed-out acquiring lock.")
    expect(isBusy(busy)).toBe(true)
    expect(isBusy(Object.assign(new Error("step failed"), { cause: busy }))).toBe(true)
    // the workflow engine's answer when it cannot save a new workflow's checkpoint (the database going away)
    expect(isBusy(new Error("Transaction already started for transactionId: auto-01M8XZMSXC2PNQ8YEG7GMF5XEW"))).toBe(
      true,
    )
    const { res, sent } = response()
    galleryErrorHandler(busy, req as never, res as never, (() => {}) as never)
    expect(sent.status).toBe(503)
    expect(sent.headers["Retry-After"]).toBe(String(BUSY_RETRY_AFTER_SECONDS))
    expect(sent.body).toMatchObject({ code: "busy", message: expect.stringMatching(/try again/) })
    // a real conflict stays a 409
    const conflict = response()
    galleryErrorHandler(
      new MedusaError(MedusaError.Types.CONFLICT, "The cart is already completed"),
      req as never,
      conflict.res as never,
      (() => {}) as never,
    )
    expect(conflict.sent.status).toBe(409)
  })
})
