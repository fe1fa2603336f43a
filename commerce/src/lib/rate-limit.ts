import { isIP } from "node:net"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { runtimeConfig } from "./runtime-config"

/**
 * Fixed-window rate limiting per client IP for public endpoints. In production the counters live
 * in Redis (shared by every server process); in embedded mode in this process's memory.
 */
export interface RateStore {
  /** Counts one hit for key in the current window; returns the hits so far and when the window ends. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>
  /** The hits so far in the current window, without counting one. */
  peek(key: string): Promise<{ count: number; resetAt: number }>
}

export class MemoryRateStore implements RateStore {
  private windows = new Map<string, { count: number; resetAt: number }>()
  async hit(key: string, windowMs: number) {
    const now = Date.now()
    if (this.windows.size > 50_000) {
      for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k)
    }
    const current = this.windows.get(key)
    const window = current && current.resetAt > now ? current : { count: 0, resetAt: now + windowMs }
    window.count += 1
    this.windows.set(key, window)
    return { ...window }
  }
  async peek(key: string) {
    const current = this.windows.get(key)
    return current && current.resetAt > Date.now() ? { ...current } : { count: 0, resetAt: Date.now() }
  }
}

type RedisMulti = {
  incr(key: string): RedisMulti
  pexpire(key: string, ms: number, mode: "NX"): RedisMulti
  pttl(key: string): RedisMulti
  exec(): Promise<[Error | null, unknown][] | null>
}
type RedisLike = {
  multi(): RedisMulti
  get(key: string): Promise<string | null>
  pttl(key: string): Promise<number>
}

export class RedisRateStore implements RateStore {
  constructor(private readonly redis: RedisLike) {}
  async hit(key: string, windowMs: number) {
    const replies = await this.redis.multi().incr(key).pexpire(key, windowMs, "NX").pttl(key).exec()
    const count = Number(replies?.[0]?.[1] ?? 1)
    const ttl = Number(replies?.[2]?.[1] ?? windowMs)
    return { count, resetAt: Date.now() + (ttl > 0 ? ttl : windowMs) }
  }
  async peek(key: string) {
    const [count, ttl] = await Promise.all([this.redis.get(key), this.redis.pttl(key)])
    return { count: Number(count ?? 0), resetAt: Date.now() + Math.max(0, ttl) }
  }
}

let shared: RateStore | undefined
export function defaultStore(): RateStore {
  if (shared) return shared
  const { mode, env } = runtimeConfig()
  if (mode === "production" && env.REDIS_URL) {
    // ioredis is what Medusa's Redis modules use; loaded only in production
    const Redis = require("ioredis") as new (url: string, opts: object) => RedisLike
    shared = new RedisRateStore(new Redis(env.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 2 }))
  } else {
    shared = new MemoryRateStore()
  }
  return shared
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"])
const normalize = (ip: string) => ip.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1")

/**
 * The client's address: the connection's peer, unless the peer is a proxy we trust (loopback, where
 * the storefront server runs, or TRUSTED_PROXIES); then the nearest untrusted X-Forwarded-For hop.
 */
export function clientIp(req: MedusaRequest, trustedProxies = runtimeConfig().env.TRUSTED_PROXIES): string {
  const trusted = new Set([...LOOPBACK, ...(trustedProxies ?? "").split(",").map(normalize).filter(Boolean)])
  const peer = normalize(req.socket?.remoteAddress ?? "")
  const isTrusted = (ip: string) => trusted.has(ip) || LOOPBACK.has(ip)
  if (!isTrusted(peer)) return peer || "unknown"
  const header = req.headers["x-forwarded-for"]
  const hops = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map(normalize)
    .filter((ip) => isIP(ip))
  for (let i = hops.length - 1; i >= 0; i--) if (!isTrusted(hops[i]!)) return hops[i]!
  return peer || "unknown"
}

export type RateLimitOptions = {
  name: string
  limit: number
  windowMs: number
  message: (req: MedusaRequest) => string
  store?: RateStore
}

/** Answers 429 with Retry-After and a message the person understands once an IP has used its allowance. */
export function rateLimit(options: RateLimitOptions) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const store = options.store ?? defaultStore()
      const { count, resetAt } = await store.hit(`galeri:rl:${options.name}:${clientIp(req)}`, options.windowMs)
      res.setHeader("RateLimit-Limit", String(options.limit))
      res.setHeader("RateLimit-Remaining", String(Math.max(0, options.limit - count)))
      if (count > options.limit) {
        res.setHeader("Retry-After", String(Math.max(1, Math.ceil((resetAt - Date.now()) / 1000))))
        res.status(429).json({ type: "rate_limited", message: options.message(req) })
        return
      }
    } catch (error) {
      // A limiter that cannot count (Redis down) must not turn buyers away: let the request through.
      req.scope?.resolve?.("logger")?.warn?.(`rate limit ${options.name} not applied: ${String(error)}`)
    }
    next()
  }
}
