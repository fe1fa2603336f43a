import { dirname, join, resolve, sep } from "node:path"
import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { corsOrigins, PRIVATE_LINK_SECONDS, readRuntimeConfig } from "./src/lib/runtime-config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Throws a ConfigError with every missing or malformed variable listed; Medusa stops on it.
const { mode, env } = readRuntimeConfig()
const production = mode === "production"
const redisUrl = env.REDIS_URL

type ModuleEntry = { key?: string; resolve: string; options?: Record<string, unknown> }

/** How long a checkout waits for a product's stock lock before the buyer is asked to try again. */
const LOCK_WAIT_SECONDS = 30

/** Redis-backed infrastructure modules: only in production (the URL alone changes nothing). */
function redisModules(url: string): ModuleEntry[] {
  return [
    {
      key: Modules.EVENT_BUS,
      resolve: "@medusajs/medusa/event-bus-redis",
      // Medusa tries a job's subscribers once by default: a subscriber that meets the database
      // restarting would drop its event. Retried with backoff (about a minute in all), only the
      // subscribers that failed run again; the gallery's subscribers are idempotent.
      options: {
        redisUrl: url,
        jobOptions: { attempts: 6, backoff: { type: "exponential", delay: 2_000 }, removeOnFail: 1_000 },
      },
    },
    {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl: url } },
    },
    {
      key: Modules.CACHING,
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl: url },
          },
        ],
      },
    },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            // a buyer waits for the stock lock as long as Medusa waits for the cart's own (30 s),
            // not the provider's 5 s: a popular piece under many buyers queues instead of refusing
            options: { redisUrl: url, waitLockingTimeout: LOCK_WAIT_SECONDS },
          },
        ],
      },
    },
  ]
}

const paymentProviders: ModuleEntry[] = []
if (env.STRIPE_API_KEY) {
  // id "stripe": the provider is then pp_stripe_stripe (card payments through the Payment Element)
  paymentProviders.push({
    resolve: "@medusajs/medusa/payment-stripe",
    id: "stripe",
    options: { apiKey: env.STRIPE_API_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET, capture: false },
  } as ModuleEntry & { id: string })
}

const publicDir = resolve(env.GALERI_UPLOAD_DIR ?? "static")
const privateDir = resolve(env.GALERI_PRIVATE_DIR ?? join(dirname(publicDir), "private"))
if (privateDir === publicDir || privateDir.startsWith(`${publicDir}${sep}`)) {
  throw new Error(
    `GALERI_PRIVATE_DIR (${privateDir}) is inside the public upload folder ${publicDir}: choose a folder outside it.`,
  )
}

const fileProvider: ModuleEntry & { id: string } = env.S3_BUCKET
  ? {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        file_url: env.S3_FILE_URL,
        bucket: env.S3_BUCKET,
        region: env.S3_REGION,
        endpoint: env.S3_ENDPOINT,
        access_key_id: env.S3_ACCESS_KEY_ID,
        secret_access_key: env.S3_SECRET_ACCESS_KEY,
        // private objects (permit documents) are read through presigned links that expire in minutes
        download_file_duration: PRIVATE_LINK_SECONDS,
      },
    }
  : {
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      options: {
        upload_dir: publicDir,
        // outside the folder Medusa serves at /static: private files are served only by authenticated routes
        private_upload_dir: privateDir,
        backend_url: `${env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"}/static`,
      },
    }

export default defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    ...(production && redisUrl ? { redisUrl } : {}),
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: corsOrigins(env.STORE_CORS),
      adminCors: corsOrigins(env.ADMIN_CORS),
      authCors: corsOrigins(env.AUTH_CORS),
      ...(env.JWT_SECRET ? { jwtSecret: env.JWT_SECRET } : {}),
      ...(env.COOKIE_SECRET ? { cookieSecret: env.COOKIE_SECRET } : {}),
    },
  },
  admin: {
    disable: env.DISABLE_MEDUSA_ADMIN,
    ...(env.MEDUSA_BACKEND_URL ? { backendUrl: env.MEDUSA_BACKEND_URL } : {}),
  },
  featureFlags: {
    translation: true,
    ...(production ? { caching: true } : {}),
  },
  modules: [
    { resolve: "@medusajs/medusa/translation" },
    {
      key: Modules.SEARCH,
      resolve: "@medusajs/medusa/search",
      // PostgreSQL by default (our subclass of Medusa's provider: typo tolerance served by the trigram index); Meilisearch when MEILISEARCH_HOST is set
      options: {
        providers: env.MEILISEARCH_HOST
          ? [
              {
                resolve: "./src/modules/search-meilisearch",
                id: "meilisearch",
                options: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY },
              },
            ]
          : [{ resolve: "./src/modules/search-postgres", id: "postgres" }],
        // a full reindex writes 1,000 documents a statement batch (Medusa's default 100 spends most of a
        // 100,000-product reindex on per-batch bookkeeping)
        reindex: { batch_size: 1000 },
      },
    },
    { resolve: "./src/modules/msme" },
    { resolve: "./src/modules/curation" },
    { resolve: "./src/modules/export-inquiry" },
    { resolve: "./src/modules/seller" },
    { resolve: "./src/modules/staff" },
    { resolve: "./src/modules/office" },
    { resolve: "./src/modules/ledger" },
    { resolve: "./src/modules/consignment" },
    { resolve: "./src/modules/catalog" },
    {
      key: Modules.PAYMENT,
      resolve: "@medusajs/medusa/payment",
      options: { providers: paymentProviders },
    },
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: { providers: [fileProvider] },
    },
    {
      key: Modules.FULFILLMENT,
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          // Medusa's own, for returns and anything staff ship by hand
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          // shipping priced by chargeable weight from the gallery's rate tables (a JSON file replaces them)
          {
            resolve: "./src/modules/shipping-rates",
            id: "galeri",
            options: { tablesFile: env.GALERI_RATE_TABLES },
          },
        ],
      },
    },
    {
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["email", "feed"] },
          },
        ],
      },
    },
    ...(production && redisUrl ? redisModules(redisUrl) : []),
  ],
})
