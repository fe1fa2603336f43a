import type { CatalogStamp } from "../../modules/catalog/stamp"

/** `GET /store/gallery/catalog-version`: grows with every change buyers could see. */
export type StoreCatalogVersionResponse = CatalogStamp

/** A product's maker as a card shows it. */
export type ProductMaker = { handle: string; name: string; kecamatan: string }

/** `GET /store/gallery/makers`: the maker of each published product asked for (absent: none active). */
export type StoreProductMakersResponse = { makers: Record<string, ProductMaker> }

/** `GET /store/gallery/category-covers`: by category handle, its published products and its newest one's thumbnail. */
export type StoreCategoryCoversResponse = {
  covers: Record<string, { product_count: number; thumbnail: string | null }>
}

/** `GET /admin/shelf-tags/products`: a page of published products with their MSME and showroom stock. */
export type AdminShelfTagProductsResponse = {
  products: {
    id: string
    handle: string
    title: string
    thumbnail: string | null
    msme: string | null
    /** pieces in the showroom now; null when stock is not kept */
    at_gallery: number | null
  }[]
  count: number
  limit: number
  offset: number
}
