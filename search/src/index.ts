export * from "./meilisearch"
export * from "./product-index"
export * from "./relevance"
export * from "./vocabulary"
