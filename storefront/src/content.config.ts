import { defineCollection, z } from "astro:content"
import { glob } from "astro/loaders"

/** Editorial pages live in content/pages as `<slug>.<locale>.md`, one file per language. */
const pages = defineCollection({
  loader: glob({
    pattern: "*.{id,en}.md",
    base: "../content/pages",
    generateId: ({ entry }) => entry.replace(/\.md$/, ""),
  }),
  schema: z.object({
    title: z.string().min(1).max(120),
    description: z.string().min(1).max(300),
  }),
})

export const collections = { pages }
