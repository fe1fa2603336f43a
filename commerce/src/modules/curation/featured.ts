/** The home page's two featured collections, arranged by curators (Medusa product collections). */
export const FEATURED_COLLECTIONS = {
  craft: { handle: "featured-craft", title: "Kriya Pilihan", en: "Featured Crafts" },
  culinary: { handle: "featured-culinary", title: "Kuliner Pilihan", en: "Featured Culinary" },
} as const
