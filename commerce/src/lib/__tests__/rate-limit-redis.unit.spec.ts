import Redis from "ioredis"
import { RedisRateStore } from "../rate-limit"

/**
 * The production store against a real Redis (the machine's, or REDIS_URL): counters shared by every
 * server process, the window set once, peek without counting. Skipped, saying so, where no Redis runs.
 */
const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379"

describe("the Redis rate store", () => {
  let redis: Redis | null = null
  beforeAll(async () => {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000 })
    client.on("error", () => undefined)
    try {
      await client.connect()
      await client.ping()
      redis = client
    } catch {
      client.disconnect()
      process.stderr.write(`Redis rate store test skipped: no Redis at ${url} (production mode needs one)\n`)
    }
  })
  afterAll(async () => {
    await redis?.quit()
  })

  it("counts across clients within one window, and peeks without counting", async () => {
    if (!redis) return
    const key = `galeri:test:rl:${process.pid}:${Date.now()}`
    const a = new RedisRateStore(redis)
    const b = new RedisRateStore(redis)
    expect((await a.peek(key)).count).toBe(0)
    expect((await a.hit(key, 60_000)).count).toBe(1)
    // a second server process shares the counter
    expect((await b.hit(key, 60_000)).count).toBe(2)
    expect((await b.peek(key)).count).toBe(2)
    const { resetAt } = await a.hit(key, 1_000_000)
    // the window is set once (NX): a later hit does not extend it
    expect(resetAt - Date.now()).toBeLessThanOrEqual(60_000)
    await redis.del(key)
  })
})
