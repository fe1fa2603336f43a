import { CURRENCIES, renderArtwork } from "@galeri/content"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  batchTranslationsWorkflow,
  createCollectionsWorkflow,
  createProductCategoriesWorkflow,
} from "@medusajs/medusa/core-flows"
import { CONSIGNMENT_MODULE } from "../../modules/consignment"
import type ConsignmentModuleService from "../../modules/consignment/service"
import { FEATURED_COLLECTIONS } from "../../modules/curation/featured"
import type { CurationStatus } from "../../modules/curation/transitions"
import { MSME_MODULE } from "../../modules/msme"
import type MsmeModuleService from "../../modules/msme/service"
import type { GalleryProductPlan } from "../../types/product/workflow"
import { setHoldingWorkflow } from "../../workflows/consignment/holding"
import { moveCurationWorkflow } from "../../workflows/curation/move-curation"
import { createMsmeWorkflow } from "../../workflows/msme/create-msme"
import { createGalleryProductsWorkflow } from "../../workflows/product/create-gallery-products"
import {
  photoFields,
  profileFields,
  shippingFields,
  stockAndEnglish,
  VARIANT_OPTION,
} from "../../workflows/product/plan"
import { LOCALES } from "../locales"
import type { DemoCatalog, DemoProduct } from "./demo-catalog"
import { type ImageMetadata, inPairs, primaryUrl, uploadArtwork } from "./image-files"
import type { StoreSetup } from "./store-setup"

export type Progress = (step: string, done: number, total: number) => void

/** The path a product takes through curation to reach its catalog state, as staff would walk it. */
const CURATION_PATH: Record<CurationStatus, CurationStatus[]> = {
  draft: [],
  submitted: ["submitted"],
  approved: ["submitted", "approved"],
  changes_requested: ["submitted", "changes_requested"],
  rejected: ["submitted", "rejected"],
  archived: ["submitted", "approved", "archived"],
}

const CURATION_NOTES: Partial<Record<CurationStatus, string>> = {
  changes_requested: "Foto kemasan belum jelas dan deskripsi bahasa Inggris perlu dilengkapi.",
  rejected: "Produk belum memenuhi standar label pangan (komposisi dan tanggal kedaluwarsa).",
}

type Translation = {
  reference: string
  reference_id: string
  locale_code: string
  translations: Record<string, string>
}

async function translate(container: MedusaContainer, wanted: Translation[]) {
  if (!wanted.length) return
  const translationService = container.resolve(Modules.TRANSLATION)
  const existing = await translationService.listTranslations({ reference_id: wanted.map((t) => t.reference_id) })
  const create = wanted.filter(
    (t) => !existing.some((e) => e.reference_id === t.reference_id && e.locale_code === t.locale_code),
  )
  for (let i = 0; i < create.length; i += 200) {
    await batchTranslationsWorkflow(container).run({
      input: { create: create.slice(i, i + 200), update: [], delete: [] },
    })
  }
}

export type CatalogSeedResult = { categories: number; msmes: number; products: number; created_products: number }

export async function seedCatalog(
  container: MedusaContainer,
  catalog: DemoCatalog,
  setup: StoreSetup,
  progress: Progress = () => {},
  opts: { demo: boolean } = { demo: true },
): Promise<CatalogSeedResult> {
  const productService = container.resolve(Modules.PRODUCT)
  const msmeService: MsmeModuleService = container.resolve(MSME_MODULE)

  // Categories
  const existingCategories = await productService.listProductCategories({
    handle: catalog.categories.map((c) => c.handle),
  })
  const newCategories = catalog.categories.filter((c) => !existingCategories.some((e) => e.handle === c.handle))
  if (newCategories.length) {
    await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: newCategories.map((c) => ({
          name: c.name.id,
          handle: c.handle,
          description: c.description.id,
          is_active: true,
          metadata: { sector: c.sector },
        })),
      },
    })
  }
  const categories = await productService.listProductCategories({ handle: catalog.categories.map((c) => c.handle) })
  const categoryId = new Map(categories.map((c) => [c.handle, c.id]))
  await translate(
    container,
    catalog.categories.map((c) => ({
      reference: "product_category",
      reference_id: categoryId.get(c.handle)!,
      locale_code: LOCALES.en,
      translations: { name: c.name.en, description: c.description.en },
    })),
  )
  progress("categories", categories.length, catalog.categories.length)

  // Featured collections (staff rearrange them in Medusa Admin)
  const collectionHandles = Object.values(FEATURED_COLLECTIONS).map((c) => c.handle)
  const existingCollections = await productService.listProductCollections({ handle: collectionHandles })
  const newCollections = Object.values(FEATURED_COLLECTIONS).filter(
    (c) => !existingCollections.some((e) => e.handle === c.handle),
  )
  if (newCollections.length) {
    await createCollectionsWorkflow(container).run({
      input: { collections: newCollections.map((c) => ({ title: c.title, handle: c.handle })) },
    })
  }
  const collections = await productService.listProductCollections({ handle: collectionHandles })
  const collectionId = new Map(collections.map((c) => [c.handle, c.id]))
  await translate(
    container,
    Object.values(FEATURED_COLLECTIONS).map((c) => ({
      reference: "product_collection",
      reference_id: collectionId.get(c.handle)!,
      locale_code: LOCALES.en,
      translations: { title: c.en },
    })),
  )

  // the store's structure ends here: categories and featured collections are the gallery's, the rest is demo data
  if (!opts.demo) return { categories: categories.length, msmes: 0, products: 0, created_products: 0 }

  // MSMEs with their permits and artwork
  const existingMsmes = await msmeService.listMsmes({ handle: catalog.msmes.map((m) => m.handle) })
  const msmeId = new Map(existingMsmes.map((m) => [m.handle, m.id]))
  let doneMsmes = existingMsmes.length
  for (const msme of catalog.msmes) {
    if (msmeId.has(msme.handle)) continue
    const image = await uploadArtwork(
      container,
      `msme-${msme.handle}`,
      renderArtwork({ key: `msme:${msme.handle}`, kind: msme.craft, label: msme.name }),
      [320, 640],
    )
    const image_url = primaryUrl(image)
    const { result } = await createMsmeWorkflow(container).run({
      input: {
        msme: {
          handle: msme.handle,
          name: msme.name,
          owner_name: msme.owner_name,
          sector: msme.sector,
          craft: msme.craft,
          kecamatan: msme.kecamatan,
          desa: msme.desa,
          address: msme.address,
          story_id: msme.story.id,
          story_en: msme.story.en,
          whatsapp: msme.whatsapp,
          established_year: msme.established_year,
          employees: msme.employees,
          status: msme.status,
          source: "seed",
          image_url,
        },
        permits: msme.permits.map((p) => ({
          type: p.type,
          number: p.number,
          status: p.status,
          issued_at: new Date(p.issued_at),
          expires_at: p.expires_at ? new Date(p.expires_at) : null,
          verified_at: p.status === "verified" ? new Date(p.issued_at) : null,
          verified_by: p.status === "verified" ? "seed" : null,
        })),
      },
    })
    msmeId.set(msme.handle, result.msme.id)
    progress("msmes", ++doneMsmes, catalog.msmes.length)
  }

  // Products
  const existingProducts = await productService.listProducts(
    { handle: catalog.products.map((p) => p.handle) },
    { select: ["id", "handle"] },
  )
  const productId = new Map(existingProducts.map((p) => [p.handle, p.id]))
  const fresh = catalog.products.filter((p) => !productId.has(p.handle))
  const sectorOf = new Map(catalog.categories.map((c) => [c.handle, c.sector]))
  const msmeKecamatan = new Map(catalog.msmes.map((m) => [m.handle, m.kecamatan]))
  let done = existingProducts.length
  progress("products", done, catalog.products.length)

  for (let i = 0; i < fresh.length; i += 20) {
    const batch = fresh.slice(i, i + 20)
    // two pictures a product: the piece and a detail, each as AVIF and WebP at fixed widths
    const images = await inPairs(batch, async (p) => [
      await uploadArtwork(
        container,
        `product-${p.handle}`,
        renderArtwork({ key: p.handle, kind: p.category, label: p.title.id }),
        [320, 640, 960],
      ),
      await uploadArtwork(
        container,
        `product-${p.handle}-detail`,
        renderArtwork({ key: `${p.handle}#detail`, kind: p.category, label: p.title.id }),
        [320, 640],
      ),
    ])
    // the gallery's one product workflow, as for a seller's listing (draft, links, stock, English, curation)
    const { result: created } = await createGalleryProductsWorkflow(container).run({
      input: {
        sales_channel_id: setup.sales_channel_id,
        shipping_profile_id: setup.shipping_profile_id,
        location_id: setup.stock_location_id,
        products: batch.map((p, index) =>
          demoProductPlan(p, images[index]!, {
            msme_id: msmeId.get(p.msme)!,
            kecamatan: msmeKecamatan.get(p.msme)!,
            category_id: categoryId.get(p.category)!,
            collection_id: p.featured ? collectionId.get(`featured-${sectorOf.get(p.category)}`) : undefined,
          }),
        ),
      },
    })
    const byHandle = new Map(created.map((p) => [p.handle, p]))

    // curation, as staff would have decided
    for (const p of batch) {
      for (const to of CURATION_PATH[p.curation]) {
        await moveCurationWorkflow(container).run({
          input: { product_id: byHandle.get(p.handle)!.id, to, actor_id: "seed", notes: CURATION_NOTES[to] ?? null },
        })
      }
      productId.set(p.handle, byHandle.get(p.handle)!.id)
    }
    done += batch.length
    progress("products", done, catalog.products.length)
  }
  await seedHoldings(container, catalog, productId, msmeId)

  return {
    categories: categories.length,
    msmes: msmeId.size,
    products: productId.size,
    created_products: fresh.length,
  }
}

/** Demo categories whose pieces their MSMEs ship from the workshop (large, made to order); the rest sit on the gallery's shelves. */
const WORKSHOP_CATEGORIES = new Set(["rattan-furniture"])

/**
 * How the demo products are held: rattan furniture ships from its makers' workshops (each becomes a
 * stock location); everything else sits on a gallery shelf, a letter per category and a number per
 * MSME (A-01: the first batik tulis maker's shelf). Products held already are left as they are.
 */
async function seedHoldings(
  container: MedusaContainer,
  catalog: DemoCatalog,
  productId: Map<string, string>,
  msmeId: Map<string, string>,
) {
  const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
  const held = new Set(
    (await consignment.listConsignmentProducts({ product_id: [...productId.values()] }, { take: productId.size })).map(
      (h) => h.product_id,
    ),
  )
  const letters = new Map(catalog.categories.map((c, i) => [c.handle, String.fromCharCode(65 + i)]))
  const makers = new Map<string, string[]>()
  const shelf = (p: DemoProduct) => {
    const list = makers.get(p.category) ?? []
    if (!list.includes(p.msme)) list.push(p.msme)
    makers.set(p.category, list)
    return `${letters.get(p.category)}-${String(list.indexOf(p.msme) + 1).padStart(2, "0")}`
  }
  const onShelf = []
  for (const p of catalog.products) {
    const id = productId.get(p.handle)
    const code = shelf(p)
    if (!id || held.has(id)) continue
    if (WORKSHOP_CATEGORIES.has(p.category))
      await setHoldingWorkflow(container).run({ input: { product_id: id, mode: "workshop", low_stock_threshold: 1 } })
    else onShelf.push({ product_id: id, msme_id: msmeId.get(p.msme)!, mode: "gallery" as const, shelf: code })
  }
  if (onShelf.length) await consignment.createConsignmentProducts(onShelf)
}

/** A demo product as the gallery's product workflow takes it: the same plan a seller's listing becomes. */
export function demoProductPlan(
  p: DemoProduct,
  images: ImageMetadata[],
  ids: { msme_id: string; kecamatan: string; category_id: string; collection_id?: string },
): GalleryProductPlan {
  const optionTitle = p.options?.title.id ?? VARIANT_OPTION
  return {
    handle: p.handle,
    msme_id: ids.msme_id,
    fields: {
      title: p.title.id,
      description: p.description.id,
      material: p.material.id,
      weight: p.weight_g,
      origin_country: "id",
      ...photoFields(images),
      category_ids: [ids.category_id],
      ...(ids.collection_id ? { collection_id: ids.collection_id } : {}),
    },
    options: [{ title: optionTitle, values: p.options?.values ?? p.variants.map((v) => v.option) }],
    variants: p.variants.map((v) => ({
      title: v.title.id,
      sku: v.sku,
      manage_inventory: true,
      options: { [optionTitle]: v.option },
      prices: CURRENCIES.map((currency) => ({ currency_code: currency, amount: v.prices[currency] })),
      ...shippingFields(p.weight_g, p.export as Parameters<typeof shippingFields>[1]),
    })),
    profile: profileFields({ material: p.material, export: p.export }, ids.kecamatan),
    ...stockAndEnglish(p),
  }
}
