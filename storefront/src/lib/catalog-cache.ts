/**
 * The storefront's cache of catalog reads (products, categories, listings, MSME profiles, featured
 * collections, regions), kept apart from Astro so it can be tested alone.
 *
 * Every entry is tagged with the catalog's version, a number Medusa moves on every change buyers
 * could see (commerce/src/subscribers/catalog-version.ts: products, prices, curation, MSMEs, stock).
 * A page asks for the version once (concurrent pages share one request) and reuses every read made
 * at that version; when the version moves, everything cached before is dropped. So a curator's
 * decision or a price change reaches the next page as soon as Medusa has counted it, while a page
 * of a catalog at rest costs one small request instead of four or five catalog reads. When the
 * version cannot be read, nothing is cached or served from the cache.
 */
export type VersionSource = () => Promise<number>

export type CatalogCacheOptions = {
  /** at most this many reads are kept (the oldest go first) */
  maxEntries?: number
  /** a safety net: no read is kept longer than this, whatever the version says */
  maxAgeMs?: number
  now?: () => number
}

type Entry = { value: Promise<unknown>; version: number; at: number }

export class CatalogCache {
  private entries = new Map<string, Entry>()
  private version: number | null = null
  private asking: Promise<number | null> | null = null
  private readonly maxEntries: number
  private readonly maxAgeMs: number
  private readonly now: () => number
  /** reads answered from the cache and from Medusa, for the benchmark and the tests */
  readonly stats = { hits: 0, misses: 0, versionChecks: 0, drops: 0 }

  constructor(
    private readonly source: VersionSource,
    options: CatalogCacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 5000
    this.maxAgeMs = options.maxAgeMs ?? 10 * 60_000
    this.now = options.now ?? Date.now
  }

  /** The catalog's version now: one request, shared by every page that asks while it is under way. */
  async check(): Promise<number | null> {
    if (!this.asking) {
      this.stats.versionChecks++
      this.asking = this.source()
        .then(
          (v) => v,
          () => null,
        )
        .then((v) => {
          if (v === null || v !== this.version) this.drop()
          this.version = v
          return v
        })
        .finally(() => {
          this.asking = null
        })
    }
    return this.asking
  }

  /** A read at the given version: from the cache when made at the same version, else made and kept. */
  read<T>(key: string, version: number | null, load: () => Promise<T>): Promise<T> {
    if (version === null || version !== this.version) {
      this.stats.misses++
      return load()
    }
    const entry = this.entries.get(key)
    if (entry && entry.version === version && this.now() - entry.at < this.maxAgeMs) {
      this.stats.hits++
      return entry.value as Promise<T>
    }
    this.stats.misses++
    const value = load()
    this.entries.set(key, { value, version, at: this.now() })
    // failures (Medusa away, not found) are never kept
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key)
    })
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
    return value
  }

  /** Everything cached goes (the version moved, or this storefront changed the catalog itself). */
  drop() {
    if (this.entries.size) this.stats.drops++
    this.entries.clear()
  }

  get size() {
    return this.entries.size
  }
}
