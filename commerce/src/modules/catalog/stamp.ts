/** The catalog's version and when it last moved (kept free of imports: the storefront's contracts read it). */
export type CatalogStamp = { version: number; changed_at: string }
