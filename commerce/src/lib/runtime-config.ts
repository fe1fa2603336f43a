import { z } from "@medusajs/framework/zod"

/**
 * Every environment variable the commerce backend reads, declared once.
 *
 * Two modes (see README "Runtime modes"):
 * - embedded (default): the start command provides DATABASE_URL for its embedded
 *   PostgreSQL and per-install random secrets; in-memory event bus, workflow engine,
 *   cache and locking; local files; manual payments.
 * - production (NODE_ENV=production): external PostgreSQL and Redis, secrets required,
 *   Stripe when its key is set. A missing value stops the server with a clear message.
 */

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional()

const secret = (name: string) =>
  z
    .string({ error: `${name} is required in production mode` })
    .trim()
    .min(32, `${name} must be at least 32 characters (generate one with: openssl rand -hex 32)`)

const shared = {
  MEDUSA_BACKEND_URL: optionalString,
  STORE_CORS: optionalString,
  ADMIN_CORS: optionalString,
  AUTH_CORS: optionalString,
  STRIPE_API_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  S3_FILE_URL: optionalString,
  S3_BUCKET: optionalString,
  S3_REGION: optionalString,
  S3_ENDPOINT: optionalString,
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  GALERI_UPLOAD_DIR: optionalString,
  /** Private uploads (permit documents), never under the public static root: default `private` beside it. */
  GALERI_PRIVATE_DIR: optionalString,
  MEILISEARCH_HOST: z.url("MEILISEARCH_HOST must be a URL such as https://search.example.id").optional(),
  MEILISEARCH_API_KEY: optionalString,
  /** A JSON file with the shipping rate table (the shape of modules/shipping-rates/tables.ts), instead of the default. */
  GALERI_RATE_TABLES: optionalString,
  /** Where buyers' private inquiry links point (the storefront's public address). */
  STOREFRONT_URL: z
    .url("STOREFRONT_URL must be a URL such as https://galeri-caruban.id")
    .default("http://localhost:4321"),
  /** Who hears about new export inquiries (comma-separated); every staff user when unset. */
  GALERI_STAFF_EMAILS: optionalString,
  /** Proxies in front of Medusa whose X-Forwarded-For is believed (comma-separated IPs); loopback always is. */
  TRUSTED_PROXIES: optionalString,
  MEDUSA_WORKER_MODE: z.enum(["shared", "worker", "server"]).default("shared"),
  /** The demo catalog (31 invented MSMEs, 155 products): loaded by the seed in embedded mode unless "0", in production only when "1". */
  GALERI_DEMO_CATALOG: z
    .enum(["0", "1"], { error: 'GALERI_DEMO_CATALOG is "1" (load the demo catalog) or "0"' })
    .optional(),
  DISABLE_MEDUSA_ADMIN: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
}

const embeddedSchema = z.object({
  ...shared,
  // Given by ./gallery start (embedded PostgreSQL) or by Medusa's test runner.
  DATABASE_URL: z.url("DATABASE_URL must be a URL such as postgres://user:pass@localhost:54329/galeri").optional(),
  REDIS_URL: optionalString,
  JWT_SECRET: optionalString,
  COOKIE_SECRET: optionalString,
})

const productionSchema = z
  .object({
    ...shared,
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is required in production mode (postgres://user:pass@host:5432/db)" })
      .url("DATABASE_URL must be a URL such as postgres://user:pass@host:5432/db"),
    REDIS_URL: z
      .string({ error: "REDIS_URL is required in production mode (redis://host:6379)" })
      .url("REDIS_URL must be a URL such as redis://host:6379"),
    JWT_SECRET: secret("JWT_SECRET"),
    COOKIE_SECRET: secret("COOKIE_SECRET"),
  })
  .superRefine((env, ctx) => {
    if (env.STRIPE_API_KEY && !env.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["STRIPE_WEBHOOK_SECRET"],
        message: "STRIPE_WEBHOOK_SECRET is required when STRIPE_API_KEY is set",
      })
    }
    if (env.MEILISEARCH_HOST && !env.MEILISEARCH_API_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["MEILISEARCH_API_KEY"],
        message: "MEILISEARCH_API_KEY is required when MEILISEARCH_HOST is set",
      })
    }
    if (env.S3_BUCKET && !(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY && env.S3_REGION && env.S3_FILE_URL)) {
      ctx.addIssue({
        code: "custom",
        path: ["S3_BUCKET"],
        message: "S3 storage needs S3_FILE_URL, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY with S3_BUCKET",
      })
    }
  })

export type RuntimeMode = "embedded" | "production"

export type RuntimeConfig = {
  mode: RuntimeMode
  env: z.infer<typeof embeddedSchema>
}

export class ConfigError extends Error {
  constructor(
    readonly mode: RuntimeMode,
    readonly problems: string[],
  ) {
    super(
      [
        `Galeri Caruban commerce cannot start in ${mode} mode:`,
        ...problems.map((problem) => `  - ${problem}`),
        mode === "production"
          ? "Set these environment variables (see README, 'Environment variables') and start again."
          : "Start the gallery with ./gallery start, which provides them.",
      ].join("\n"),
    )
    this.name = "ConfigError"
  }
}

export function readRuntimeConfig(source: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const mode: RuntimeMode = source.NODE_ENV === "production" ? "production" : "embedded"
  const schema = mode === "production" ? productionSchema : embeddedSchema
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    throw new ConfigError(
      mode,
      parsed.error.issues.map((issue) => issue.message),
    )
  }
  return { mode, env: parsed.data }
}

let current: RuntimeConfig | undefined
/** This process's configuration, read and checked once (request handlers and steps ask for it often). */
export function runtimeConfig(): RuntimeConfig {
  current ??= readRuntimeConfig()
  return current
}

/** How long a presigned link to a private object lives (S3): long enough to open it, too short to pass around. */
export const PRIVATE_LINK_SECONDS = 300

const DEV_ORIGINS = "http://localhost:4321,http://127.0.0.1:4321,http://localhost:9000,http://localhost:5173"

/** Whether the seed loads the demo catalog: never into a production database unless the operator asks. */
export function loadsDemoCatalog(config: RuntimeConfig): boolean {
  return config.mode === "production" ? config.env.GALERI_DEMO_CATALOG === "1" : config.env.GALERI_DEMO_CATALOG !== "0"
}

export function corsOrigins(value: string | undefined): string {
  return value ?? DEV_ORIGINS
}
