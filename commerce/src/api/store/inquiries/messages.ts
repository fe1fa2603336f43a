// the request shapes live with their noun's types (both the routes and the workflows use them)
export * from "../../../types/export-inquiry/messages"
