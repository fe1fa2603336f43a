import { type Catalog, type CurationStatus, type Product, renderArtwork } from "@galeri/content"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  batchTranslationsWorkflow,
  createCollectionsWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { FEATURED_COLLECTIONS } from "../../modules/curation/featured"
import { MSME_MODULE } from "../../modules/msme"
import type MsmeModuleService from "../../modules/msme/service"
import { moveCurationWorkflow } from "../../workflows/curation/move-curation"
import { createMsmeWorkflow } from "../../workflows/msme/create-msme"
import { LOCALES } from "../locales"
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
  catalog: Catalog,
  setup: StoreSetup,
  progress: Progress = () => {},
): Promise<CatalogSeedResult> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
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
    const { result: created } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((p, index) => toProductInput(p, images[index]!, setup, categoryId, collectionId, sectorOf)),
      },
    })
    const byHandle = new Map(created.map((p) => [p.handle, p]))

    // links: MSME, origin and export profile
    const profiles = await msmeService.createMsmeProductProfiles(
      batch.map((p) => ({
        origin_kecamatan: msmeKecamatan.get(p.msme)!,
        material: p.material,
        export_ready: Boolean(p.export),
        hs_code: p.export?.hs_code ?? null,
        moq: p.export?.moq ?? null,
        moq_unit: p.export?.moq_unit ?? null,
        lead_time_days: p.export?.lead_time_days ?? null,
        capacity_per_month: p.export?.capacity_per_month ?? null,
        packed_length_cm: p.export?.packed.length_cm ?? null,
        packed_width_cm: p.export?.packed.width_cm ?? null,
        packed_height_cm: p.export?.packed.height_cm ?? null,
        packed_weight_kg: p.export?.packed.weight_kg ?? null,
        shelf_life_months: p.export?.shelf_life_months ?? null,
      })),
    )
    await link.create(
      batch.flatMap((p, index) => [
        {
          [MSME_MODULE]: { msme_id: msmeId.get(p.msme)! },
          [Modules.PRODUCT]: { product_id: byHandle.get(p.handle)!.id },
        },
        {
          [Modules.PRODUCT]: { product_id: byHandle.get(p.handle)!.id },
          [MSME_MODULE]: { msme_product_profile_id: profiles[index]!.id },
        },
      ]),
    )

    // stock at the gallery
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["id", "sku", "inventory_items.inventory_item_id"],
      filters: { product_id: created.map((p) => p.id) },
    })
    const stockBySku = new Map(batch.flatMap((p) => p.variants.map((v) => [v.sku, v.stock])))
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: (variants as { sku: string; inventory_items?: { inventory_item_id: string }[] }[]).flatMap(
          (v) =>
            (v.inventory_items ?? []).map((item) => ({
              inventory_item_id: item.inventory_item_id,
              location_id: setup.stock_location_id,
              stocked_quantity: stockBySku.get(v.sku) ?? 0,
            })),
        ),
      },
    })

    // English content
    const variantIdBySku = new Map((variants as { id: string; sku: string }[]).map((v) => [v.sku, v.id]))
    await translate(
      container,
      batch.flatMap((p) => [
        {
          reference: "product",
          reference_id: byHandle.get(p.handle)!.id,
          locale_code: LOCALES.en,
          translations: { title: p.title.en, description: p.description.en, material: p.material },
        },
        ...p.variants.map((v) => ({
          reference: "product_variant",
          reference_id: variantIdBySku.get(v.sku)!,
          locale_code: LOCALES.en,
          translations: { title: v.title.en },
        })),
      ]),
    )

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

  return {
    categories: categories.length,
    msmes: msmeId.size,
    products: productId.size,
    created_products: fresh.length,
  }
}

function toProductInput(
  p: Product,
  images: ImageMetadata[],
  setup: StoreSetup,
  categoryId: Map<string, string>,
  collectionId: Map<string, string>,
  sectorOf: Map<string, string>,
) {
  const optionTitle = p.options?.title.id ?? "Varian"
  const optionValues = p.options?.values ?? p.variants.map((v) => v.option)
  const sector = sectorOf.get(p.category) as "craft" | "culinary"
  return {
    title: p.title.id,
    handle: p.handle,
    description: p.description.id,
    status: ProductStatus.DRAFT,
    material: p.material,
    origin_country: "id",
    weight: p.weight_g,
    thumbnail: primaryUrl(images[0]!),
    images: images.map((image, rank) => ({ url: primaryUrl(image, 960), rank, metadata: image })),
    category_ids: [categoryId.get(p.category)!],
    ...(p.featured ? { collection_id: collectionId.get(`featured-${sector}`)! } : {}),
    sales_channels: [{ id: setup.sales_channel_id }],
    shipping_profile_id: setup.shipping_profile_id,
    options: [{ title: optionTitle, values: optionValues }],
    variants: p.variants.map((v) => ({
      title: v.title.id,
      sku: v.sku,
      manage_inventory: true,
      options: { [optionTitle]: v.option },
      prices: [
        { currency_code: "idr", amount: v.prices.idr },
        { currency_code: "usd", amount: v.prices.usd },
        { currency_code: "sgd", amount: v.prices.sgd },
        { currency_code: "myr", amount: v.prices.myr },
      ],
    })),
  }
}
