import { ConfigError, loadsDemoCatalog, readRuntimeConfig } from "../runtime-config"

const secret = "a".repeat(64)

describe("runtime configuration", () => {
  it("runs embedded by default with the database the start command gives it", () => {
    const config = readRuntimeConfig({ DATABASE_URL: "postgres://postgres:x@localhost:54329/galeri" })
    expect(config.mode).toBe("embedded")
    expect(config.env.REDIS_URL).toBeUndefined()
  })

  it("refuses production mode without secrets, naming every missing variable", () => {
    expect(() => readRuntimeConfig({ NODE_ENV: "production", DATABASE_URL: "postgres://db/galeri" })).toThrow(
      ConfigError,
    )
    try {
      readRuntimeConfig({ NODE_ENV: "production", DATABASE_URL: "postgres://db/galeri" })
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        "REDIS_URL is required in production mode (redis://host:6379)",
        "JWT_SECRET is required in production mode",
        "COOKIE_SECRET is required in production mode",
      ])
    }
  })

  it("refuses short secrets and a Stripe key without its webhook secret", () => {
    const base = { NODE_ENV: "production", DATABASE_URL: "postgres://db/galeri", REDIS_URL: "redis://cache:6379" }
    expect(() => readRuntimeConfig({ ...base, JWT_SECRET: "supersecret", COOKIE_SECRET: secret })).toThrow(
      /JWT_SECRET must be at least 32 characters/,
    )
    expect(() =>
      readRuntimeConfig({ ...base, JWT_SECRET: secret, COOKIE_SECRET: secret, STRIPE_API_KEY: "sk_test_x" }),
    ).toThrow(/STRIPE_WEBHOOK_SECRET is required when STRIPE_API_KEY is set/)
    expect(readRuntimeConfig({ ...base, JWT_SECRET: secret, COOKIE_SECRET: secret }).mode).toBe("production")
  })

  it("loads the demo catalog in embedded mode, and into production only when the operator asks", () => {
    const embedded = { DATABASE_URL: "postgres://postgres:x@localhost:54329/galeri" }
    const production = {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://u:p@db:5432/galeri",
      REDIS_URL: "redis://cache:6379",
      JWT_SECRET: secret,
      COOKIE_SECRET: secret,
    }
    expect(loadsDemoCatalog(readRuntimeConfig(embedded))).toBe(true)
    expect(loadsDemoCatalog(readRuntimeConfig({ ...embedded, GALERI_DEMO_CATALOG: "0" }))).toBe(false)
    expect(loadsDemoCatalog(readRuntimeConfig(production))).toBe(false)
    expect(loadsDemoCatalog(readRuntimeConfig({ ...production, GALERI_DEMO_CATALOG: "1" }))).toBe(true)
    expect(() => readRuntimeConfig({ ...production, GALERI_DEMO_CATALOG: "yes" })).toThrow(/GALERI_DEMO_CATALOG/)
  })
})
