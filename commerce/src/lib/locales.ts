/** The store's locales (Medusa's Translation Module codes): Indonesian first, and English. */
export const LOCALES = { id: "id-ID", en: "en-US" } as const
