export * from "./meilisearch"
export * from "./product-index"
export * from "./vocabulary"
