export * from "./catalog"
export * from "./images"
export * from "./permits"
