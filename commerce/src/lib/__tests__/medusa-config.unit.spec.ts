type ModuleEntry = {
  key?: string
  resolve: string
  options?: { providers?: { resolve: string; options?: Record<string, unknown> }[] }
}
type Config = {
  projectConfig: { databaseUrl?: string; redisUrl?: string; http: { jwtSecret?: string; cookieSecret?: string } }
  modules: ModuleEntry[] | Record<string, ModuleEntry>
  featureFlags: Record<string, boolean>
}

const secret = "x".repeat(48)

function loadConfig(env: Record<string, string>): Config {
  const saved = { ...process.env }
  for (const key of [
    "NODE_ENV",
    "DATABASE_URL",
    "REDIS_URL",
    "JWT_SECRET",
    "COOKIE_SECRET",
    "STRIPE_API_KEY",
    "STRIPE_WEBHOOK_SECRET",
  ]) {
    delete process.env[key]
  }
  Object.assign(process.env, env)
  try {
    let config: Config | undefined
    jest.isolateModules(() => {
      config = require("../../../medusa-config").default as Config
    })
    return config!
  } finally {
    process.env = saved
  }
}

const modules = (config: Config): ModuleEntry[] =>
  Array.isArray(config.modules) ? config.modules : Object.values(config.modules)
const resolves = (config: Config) => modules(config).map((m) => m.resolve)

describe("medusa-config", () => {
  it("embedded mode uses Medusa's in-process infrastructure and the manual payment provider only", () => {
    const config = loadConfig({ NODE_ENV: "development", DATABASE_URL: "postgres://postgres:x@localhost:54329/galeri" })
    expect(resolves(config)).not.toEqual(expect.arrayContaining(["@medusajs/medusa/event-bus-redis"]))
    const payment = modules(config).find((m) => m.resolve === "@medusajs/medusa/payment")!
    expect(payment.options?.providers).toEqual([])
    expect(config.featureFlags.translation).toBe(true)
  })

  it("production mode wires the Redis event bus, workflow engine, caching and locking, and Stripe when keyed", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://galeri:pw@db.internal:5432/galeri",
      REDIS_URL: "redis://cache.internal:6379",
      JWT_SECRET: secret,
      COOKIE_SECRET: secret,
      STRIPE_API_KEY: "sk_live_example",
      STRIPE_WEBHOOK_SECRET: "whsec_example",
    })
    expect(config.projectConfig).toMatchObject({
      databaseUrl: "postgres://galeri:pw@db.internal:5432/galeri",
      redisUrl: "redis://cache.internal:6379",
      http: { jwtSecret: secret, cookieSecret: secret },
    })
    expect(resolves(config)).toEqual(
      expect.arrayContaining([
        "@medusajs/medusa/event-bus-redis",
        "@medusajs/medusa/workflow-engine-redis",
        "@medusajs/medusa/caching",
        "@medusajs/medusa/locking",
      ]),
    )
    const providerOf = (resolve: string) => modules(config).find((m) => m.resolve === resolve)!.options!.providers![0]!
    expect(providerOf("@medusajs/medusa/caching")).toMatchObject({
      resolve: "@medusajs/medusa/caching-redis",
      options: { redisUrl: "redis://cache.internal:6379" },
    })
    expect(providerOf("@medusajs/medusa/locking").resolve).toBe("@medusajs/medusa/locking-redis")
    // checkouts of one popular piece queue for its stock lock as long as for the cart's (30 s)
    expect(providerOf("@medusajs/medusa/locking").options).toMatchObject({ waitLockingTimeout: 30 })
    // an event whose subscriber meets the database restarting is tried again, not dropped
    const eventBus = modules(config).find((m) => m.resolve === "@medusajs/medusa/event-bus-redis")!
    expect(eventBus.options).toMatchObject({
      redisUrl: "redis://cache.internal:6379",
      jobOptions: { attempts: expect.any(Number), backoff: { type: "exponential" } },
    })
    expect((eventBus.options as { jobOptions: { attempts: number } }).jobOptions.attempts).toBeGreaterThan(1)
    expect(providerOf("@medusajs/medusa/payment")).toMatchObject({
      resolve: "@medusajs/medusa/payment-stripe",
      id: "stripe",
      options: { apiKey: "sk_live_example", webhookSecret: "whsec_example" },
    })
    expect(config.featureFlags.caching).toBe(true)
  })

  it("production mode stops with the list of what is missing instead of falling back to default secrets", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(
      /DATABASE_URL is required[\s\S]*REDIS_URL is required[\s\S]*JWT_SECRET is required[\s\S]*COOKIE_SECRET is required/,
    )
  })

  it("searches with PostgreSQL by default and with Meilisearch when it is configured", () => {
    const search = (config: Config) =>
      modules(config).find((m) => m.resolve === "@medusajs/medusa/search")!.options!.providers![0]!
    const embedded = loadConfig({
      NODE_ENV: "development",
      DATABASE_URL: "postgres://postgres:x@localhost:54329/galeri",
    })
    // our subclass of Medusa's PostgreSQL provider (typo tolerance from indexes)
    expect(search(embedded)).toMatchObject({ resolve: "./src/modules/search-postgres", id: "postgres" })
    const meili = loadConfig({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://galeri:pw@db.internal:5432/galeri",
      REDIS_URL: "redis://cache.internal:6379",
      JWT_SECRET: secret,
      COOKIE_SECRET: secret,
      MEILISEARCH_HOST: "https://search.galeri-caruban.example",
      MEILISEARCH_API_KEY: "admin-key",
    })
    expect(search(meili)).toMatchObject({
      resolve: "./src/modules/search-meilisearch",
      options: { host: "https://search.galeri-caruban.example", apiKey: "admin-key" },
    })
    expect(() =>
      loadConfig({
        NODE_ENV: "production",
        DATABASE_URL: "postgres://d/g",
        REDIS_URL: "redis://r:6379",
        JWT_SECRET: secret,
        COOKIE_SECRET: secret,
        MEILISEARCH_HOST: "https://s.example",
      }),
    ).toThrow(/MEILISEARCH_API_KEY is required when MEILISEARCH_HOST is set/)
  })
})
