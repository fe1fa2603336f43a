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
  redis ??= new Redis(url, {
    lazyConnect: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    enableOfflineQueue: false,
  })
  return redis
}

const within = <T>(ms: number, task: Promise<T>) =>
  Promise.race([task, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), ms))])

/**
 * Readiness for a load balancer or an orchestrator: 200 when this process can serve (its database
 * answers, and in production its Redis), else 503 with Retry-After and which part is away.
 * Medusa's own `/health` stays the liveness check (the process is up).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as { raw(sql: string): Promise<unknown> }
  const url = runtimeConfig().env.REDIS_URL
  const [database, cache] = await Promise.all([
    within(2_000, knex.raw("select 1")).then(
      (): Check => "ok",
      (): Check => "unavailable",
    ),
    url
      ? within(2_000, redisClient(url).ping()).then(
          (): Check => "ok",
          (): Check => "unavailable",
        )
      : Promise.resolve<Check>("not used"),
  ])
  const ready = database === "ok" && cache !== "unavailable"
  res.setHeader("Cache-Control", "no-store")
  if (!ready) res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS))
  res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable", checks: { database, redis: cache } })
}
