/**
 * One id per request, from the buyer's click to Medusa's database: server.mjs takes the id a proxy
 * in front sent (X-Request-Id) or makes one, answers with it, writes it on its own log line, and runs
 * the request inside a context that every call to Medusa reads, so Medusa's log line for each call
 * (request_id in its JSON access log) carries the same id. Plain TypeScript with Node imports only,
 * so server.mjs runs it as is; the context lives on globalThis, so server.mjs and Astro's bundle
 * (which loads its own copy of this file) share it.
 */
import { AsyncLocalStorage } from "node:async_hooks"
import { randomUUID } from "node:crypto"

export const REQUEST_ID_HEADER = "x-request-id"

/** What an incoming id may look like (a UUID, a proxy's hex id, a trace id): anything else is replaced. */
const ACCEPTED = /^[A-Za-z0-9._:-]{8,128}$/

type RequestContext = { id: string }
const KEY = Symbol.for("galeri.storefront.request-context")
const holder = globalThis as { [KEY]?: AsyncLocalStorage<RequestContext> }
const contexts: AsyncLocalStorage<RequestContext> = holder[KEY] ?? new AsyncLocalStorage<RequestContext>()
holder[KEY] = contexts

/** The id a request goes by: the one it came with when it is well-formed, else a new one. */
export function requestIdOf(given: string | string[] | undefined): string {
  const id = Array.isArray(given) ? given[0] : given
  return id && ACCEPTED.test(id) ? id : randomUUID()
}

/** Runs `fn` as the request `id`: calls to Medusa made inside it send that id. */
export const withRequestId = <T>(id: string, fn: () => T): T => contexts.run({ id }, fn)

/** The id of the request being served, or null outside one (a build, a script). */
export const currentRequestId = (): string | null => contexts.getStore()?.id ?? null

/** The context of the request being served (one object per request, for per-request memos), or null. */
export const currentRequestContext = (): object | null => contexts.getStore() ?? null

/** The headers that carry the current request's id to Medusa (none outside a request). */
export const requestIdHeaders = (): Record<string, string> => {
  const id = currentRequestId()
  return id ? { [REQUEST_ID_HEADER]: id } : {}
}

/** The storefront's access log line for a request, as JSON like Medusa's (`level: "http"`). */
export function accessLogLine(r: {
  id: string
  method: string
  path: string
  status: number
  ms: number
  at?: Date
}): string {
  return JSON.stringify({
    level: "http",
    service: "storefront",
    request_id: r.id,
    method: r.method,
    path: r.path,
    status: r.status,
    duration: Math.round(r.ms * 10) / 10,
    timestamp: (r.at ?? new Date()).toISOString(),
  })
}
