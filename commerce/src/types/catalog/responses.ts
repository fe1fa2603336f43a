import type { CatalogStamp } from "../../modules/catalog/stamp"

/** `GET /store/gallery/catalog-version`: grows with every change buyers could see. */
export type StoreCatalogVersionResponse = CatalogStamp
