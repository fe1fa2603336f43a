import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { PRODUCT_FIELDS } from "@galeri/search"
import { toMeilisearchFilter } from "../filters"
import MeilisearchSearchProvider from "../service"

/**
 * No Meilisearch server runs on these machines: a recording stand-in on loopback answers the way
 * Meilisearch's HTTP API does, so these tests check the requests the official client sends for us
 * (the network boundary) and how answers are mapped back.
 */
type Seen = { method: string; path: string; body: unknown }

function standIn(): Promise<{ server: Server; url: string; seen: Seen[] }> {
  const seen: Seen[] = []
  const server = createServer(async (req: IncomingMessage, res) => {
    let raw = ""
    for await (const chunk of req) raw += chunk
    const body = raw ? JSON.parse(raw) : undefined
    const path = req.url ?? ""
    seen.push({ method: req.method ?? "", path, body })
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(value))
    }
    const task = (uid: number) => ({
      taskUid: uid,
      indexUid: "gc_product",
      status: "enqueued",
      type: "x",
      enqueuedAt: new Date().toISOString(),
    })
    if (req.method === "GET" && path.startsWith("/indexes/gc_product"))
      return json(404, { message: "Index not found", code: "index_not_found", type: "invalid_request", link: "" })
    if (req.method === "POST" && path === "/indexes") return json(202, task(1))
    if (req.method === "GET" && path.startsWith("/tasks/"))
      return json(200, {
        uid: Number(path.split("/")[2]),
        status: "succeeded",
        type: "x",
        indexUid: "gc_product",
        enqueuedAt: "",
        startedAt: "",
        finishedAt: "",
        duration: "PT0S",
        details: {},
      })
    if (req.method === "PATCH" && path.endsWith("/settings")) return json(202, task(2))
    if (req.method === "POST" && path.endsWith("/documents/delete")) return json(202, task(3))
    // a query no document has every word of: nothing unless words may be dropped
    if (
      req.method === "POST" &&
      path.endsWith("/search") &&
      body?.q === "mega mendung scarf" &&
      body?.matchingStrategy === "all"
    )
      return json(200, {
        hits: [],
        query: body.q,
        processingTimeMs: 1,
        limit: body.limit,
        offset: 0,
        estimatedTotalHits: 0,
      })
    if (req.method === "POST" && path.endsWith("/search"))
      return json(200, {
        hits: [
          {
            id: "prod_1",
            handle: "kursi-rotan-teras",
            title_id: "Kursi Rotan Teras",
            _formatted: { title_id: "<mark>Kursi</mark> Rotan Teras" },
          },
        ],
        query: body?.q,
        processingTimeMs: 3,
        limit: body?.limit,
        offset: body?.offset,
        estimatedTotalHits: 42,
        facetDistribution: { category: { "rattan-furniture": 7, "rattan-weaving": 6 } },
        facetStats: { price_idr: { min: 130000, max: 3650000 } },
      })
    return json(404, {
      message: `unexpected ${req.method} ${path}`,
      code: "not_found",
      type: "invalid_request",
      link: "",
    })
  })
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen }),
    ),
  )
}

const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as never
const definition = {
  name: "product",
  entity: "product",
  primary_key: "id",
  provider: "meilisearch",
  physical_name: "gc_product",
  definition_hash: "h",
  settings: {},
  fields: structuredClone(PRODUCT_FIELDS),
  seed: async function* () {},
} as never

describe("Meilisearch provider", () => {
  let stand: Awaited<ReturnType<typeof standIn>>
  beforeAll(async () => {
    stand = await standIn()
  })
  afterAll(() => new Promise<void>((r) => stand.server.close(() => r())))
  beforeEach(() => {
    stand.seen.length = 0
  })

  it("refuses to start without host and key", () => {
    expect(() => new MeilisearchSearchProvider({ logger }, { host: "", apiKey: "" })).toThrow(
      /MEILISEARCH_HOST and MEILISEARCH_API_KEY/,
    )
  })

  it("creates the index and sends the gallery's settings: synonyms, stop words, typo tolerance from 4 letters", async () => {
    const provider = new MeilisearchSearchProvider({ logger }, { host: stand.url, apiKey: "test-key" })
    await provider.upsertIndex({ index: definition })
    const create = stand.seen.find((s) => s.method === "POST" && s.path === "/indexes")
    expect(create?.body).toEqual({ uid: "gc_product", primaryKey: "id" })
    const settings = stand.seen.find((s) => s.method === "PATCH")?.body as Record<string, unknown> & {
      synonyms: Record<string, string[]>
      typoTolerance: { minWordSizeForTypos: { oneTypo: number } }
    }
    expect(settings.synonyms.rotan).toEqual(["rattan"])
    expect(settings.synonyms.terasi).toEqual(["shrimp paste", "belacan"])
    expect(settings.stopWords).toEqual(expect.arrayContaining(["dan", "the"]))
    expect(settings.typoTolerance.minWordSizeForTypos.oneTypo).toBe(4)
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(["category", "kecamatan", "permits", "price_idr", "status"]),
    )
    expect(settings.searchableAttributes).toEqual(expect.arrayContaining(["title_id", "title_en", "keywords"]))
  })

  it("translates a search into Meilisearch's request and maps hits, highlights, facets and counts back", async () => {
    const provider = new MeilisearchSearchProvider({ logger }, { host: stand.url, apiKey: "test-key" })
    const result = await provider.search({
      index: definition,
      q: "kursi rotan",
      attributes_to_retrieve: [],
      filters: {
        q: "kursi rotan",
        status: "published",
        category: { $in: ["rattan-furniture"] },
        price_idr: { $gte: 100000, $lte: 2000000 },
      },
      pagination: { skip: 12, take: 12, order: { price_idr: "ASC" } },
      search_options: { facets: ["category", { field: "price_idr", type: "stats" }], highlight: true },
    } as never)
    const request = stand.seen.find((s) => s.path.endsWith("/search"))!
    expect(request.path).toBe("/indexes/gc_product/search")
    expect(request.body).toMatchObject({
      q: "kursi rotan",
      filter:
        'status = "published" AND category IN ["rattan-furniture"] AND price_idr >= 100000 AND price_idr <= 2000000',
      offset: 12,
      limit: 12,
      sort: ["price_idr:asc"],
      facets: ["category", "price_idr"],
      highlightPreTag: "<mark>",
    })
    expect(result.hits[0]).toMatchObject({
      id: "prod_1",
      document: { handle: "kursi-rotan-teras" },
      highlights: { title_id: ["<mark>Kursi</mark> Rotan Teras"] },
    })
    expect(result.metadata).toMatchObject({ count: 42, skip: 12, take: 12 })
    expect(result.facets?.category).toEqual({
      type: "value",
      values: [
        { value: "rattan-furniture", count: 7 },
        { value: "rattan-weaving", count: 6 },
      ],
    })
    expect(result.facets?.price_idr).toMatchObject({ type: "stats", min: 130000, max: 3650000 })
  })

  it("asks for every word first, and only when nothing has them all lets Meilisearch drop words from the end", async () => {
    const provider = new MeilisearchSearchProvider({ logger }, { host: stand.url, apiKey: "test-key" })
    const ask = (q: string) =>
      provider.search({ index: definition, q, filters: { q }, pagination: { take: 12 }, search_options: {} } as never)
    const relaxed = await ask("mega mendung scarf")
    const strategies = stand.seen
      .filter((s) => s.path.endsWith("/search"))
      .map((s) => (s.body as { matchingStrategy: string }).matchingStrategy)
    expect(strategies).toEqual(["all", "last"])
    expect(relaxed.hits).toHaveLength(1)
    expect(relaxed.metadata).toMatchObject({ relaxed: {} })
    stand.seen.length = 0
    const whole = await ask("kursi rotan")
    expect(stand.seen.filter((s) => s.path.endsWith("/search"))).toHaveLength(1)
    expect(whole.metadata).not.toHaveProperty("relaxed")
  })

  it("deletes documents by filter", async () => {
    const provider = new MeilisearchSearchProvider({ logger }, { host: stand.url, apiKey: "test-key" })
    await provider.deleteDocuments({ index: "gc_product", filters: { id: ["prod_1", "prod_2"] } })
    expect(stand.seen.at(-1)).toMatchObject({
      path: "/indexes/gc_product/documents/delete",
      body: { filter: 'id IN ["prod_1", "prod_2"]' },
    })
  })
})

describe("Meilisearch filters", () => {
  it("quote values so that no input can break out of a string", () => {
    expect(toMeilisearchFilter({ handle: 'a" OR id EXISTS' })).toBe('handle = "a\\" OR id EXISTS"')
    expect(
      toMeilisearchFilter({
        $or: [{ sector: "craft" }, { export_ready: true }],
        $not: { permits: { $in: ["halal"] } },
      }),
    ).toBe('(sector = "craft" OR export_ready = true) AND NOT (permits IN ["halal"])')
    expect(() => toMeilisearchFilter({ "x) OR (y": 1 })).toThrow(/is not a field name/)
    expect(() => toMeilisearchFilter({ price_idr: { $regex: "." } })).toThrow(/not supported/)
  })
})
