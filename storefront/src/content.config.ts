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

/** The home page's words, one file per language (content/home/home.<locale>.md): the gallery's story is the body. */
const home = defineCollection({
  loader: glob({
    pattern: "home.{id,en}.md",
    base: "../content/home",
    generateId: ({ entry }) => entry.replace(/\.md$/, ""),
  }),
  schema: z.object({
    title: z.string().min(1).max(120),
    lead: z.string().min(1).max(400),
    /** MSME handles shown with their stories, in this order */
    spotlight: z
      .array(z.string().regex(/^[a-z0-9-]{1,120}$/))
      .min(1)
      .max(6),
    export_title: z.string().min(1).max(120),
    export_body: z.string().min(1).max(600),
  }),
})

/** The visit page's words, one file per language (content/visit/visit.<locale>.md); the place itself is content/visit/place.json. */
const visit = defineCollection({
  loader: glob({
    pattern: "visit.{id,en}.md",
    base: "../content/visit",
    generateId: ({ entry }) => entry.replace(/\.md$/, ""),
  }),
  schema: z.object({
    title: z.string().min(1).max(120),
    description: z.string().min(1).max(300),
    closed: z.string().min(1).max(200),
  }),
})

export const collections = { pages, home, visit }
