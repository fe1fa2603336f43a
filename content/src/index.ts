export * from "./catalog"
export * from "./images"
