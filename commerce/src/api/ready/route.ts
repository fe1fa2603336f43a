import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runtimeConfig } from "../../lib/runtime-config"
import { RETRY_AFTER_SECONDS } from "../error-handler"

type Check = "ok" | "unavailable" | "not used"
type RedisPing = { ping(): Promise<string>; status: string }

let redis: RedisPing | undefined
/** One Redis connection for the checks, made on the first call (production mode only). */
function redisClient(url: string): RedisPing {
  // ioredis is what Medusa's Redis modules use
  const Redis = require("ioredis") as new (url: string, opts: object) => RedisPing
  // commands wait for the connection (up to the check's 2 s): the first check right after boot is honest
  redis ??= new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000 })
  return redis
}

/** The task, or a rejection after `ms`; a late failure of the task is swallowed, not left unhandled. */
const within = <T>(ms: number, task: Promise<T>) => {
  task.catch(() => undefined)
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    task,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("timed out")), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}

/**
 * Readiness for a load balancer or an orchestrator: 200 when this process can serve (its database
 * answers, and in production its Redis), else 503 with Retry-After and which part is away.
 * Medusa's own `/health` stays the liveness check (the process is up).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as { raw(sql: string): Promise<unknown> }
  const url = runtimeConfig().env.REDIS_URL
  const logger = req.scope.resolve("logger") as { warn(message: string): void }
  const check = (name: string, task: () => Promise<unknown>) =>
    within(2_000, Promise.resolve().then(task)).then(
      (): Check => "ok",
      (error): Check => {
        logger.warn(`readiness: ${name} unavailable (${error instanceof Error ? error.message : String(error)})`)
        return "unavailable"
      },
    )
  const [database, cache] = await Promise.all([
    check("database", () => knex.raw("select 1")),
    url ? check("redis", () => redisClient(url).ping()) : Promise.resolve<Check>("not used"),
  ])
  const ready = database === "ok" && cache !== "unavailable"
  res.setHeader("Cache-Control", "no-store")
  if (!ready) res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS))
  res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable", checks: { database, redis: cache } })
}
