import { MSME_FIELDS, MSME_INDEX, type MsmeRecord, toMsmeDocument } from "@galeri/search"
import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex } from "@medusajs/framework/utils"

/** Active MSMEs for buyers to find; pending and suspended ones are taken out. */
const FIELDS = [
  "id",
  "handle",
  "name",
  "kecamatan",
  "desa",
  "sector",
  "craft",
  "story_id",
  "story_en",
  "status",
  "image_url",
]
type Container = { query: { graph: (args: Record<string, unknown>) => Promise<{ data: unknown[] }> } }

export default defineSearchIndex({
  name: MSME_INDEX,
  entity: "msme",
  fields: {
    toFields: () => structuredClone(MSME_FIELDS) as unknown as Record<string, SearchTypes.SearchFieldDefinition>,
  },
  settings: { typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 } },
  events: ["msme.created", "msme.updated"],
  async consume(event, { container }) {
    const ids = (Array.isArray(event.data) ? event.data : [event.data])
      .map((e) => (e as { id?: string })?.id)
      .filter((id): id is string => Boolean(id))
    if (!ids.length) return []
    const { data } = await (container as unknown as Container).query.graph({
      entity: "msme",
      fields: FIELDS,
      filters: { id: ids },
    })
    const rows = data as MsmeRecord[]
    const active = rows.filter((m) => m.status === "active")
    const out: SearchTypes.SearchMutation[] = []
    if (active.length) out.push({ action: "upsert", documents: active.map(toMsmeDocument) })
    const hidden = ids.filter((id) => !active.some((m) => m.id === id))
    if (hidden.length) out.push({ action: "delete", filters: { id: hidden } })
    return out
  },
  async *seed({ container }) {
    for (let skip = 0; ; skip += 500) {
      const { data } = await (container as unknown as Container).query.graph({
        entity: "msme",
        fields: FIELDS,
        filters: { status: "active" },
        pagination: { skip, take: 500, order: { id: "ASC" } },
      })
      if (data.length) yield [{ action: "upsert" as const, documents: (data as MsmeRecord[]).map(toMsmeDocument) }]
      if (data.length < 500) return
    }
  },
})
