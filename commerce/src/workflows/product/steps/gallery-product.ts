import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOCALES } from "../../../lib/locales"
import { MSME_MODULE } from "../../../modules/msme"
import type MsmeModuleService from "../../../modules/msme/service"
import type { GalleryProductEnglish, GalleryProductProfile } from "../../../types/product/workflow"
import { VARIANT_OPTION } from "../plan"

type Profile = GalleryProductProfile
type ProfileUndo = { created: string | null; product_id: string; previous: Record<string, unknown> | null }

/** Links new products to their MSMEs and gives each its origin and export profile; compensation undoes both. */
export const linkGalleryProductsStep = createStep(
  "link-gallery-products",
  async (input: { items: { msme_id: string; product_id: string; profile: Profile }[] }, { container }) => {
    const msmes: MsmeModuleService = container.resolve(MSME_MODULE)
    const link = (container as MedusaContainer).resolve(ContainerRegistrationKeys.LINK)
    const profiles = await msmes.createMsmeProductProfiles(input.items.map((i) => i.profile))
    const links = input.items.flatMap((item, i) => [
      { [MSME_MODULE]: { msme_id: item.msme_id }, [Modules.PRODUCT]: { product_id: item.product_id } },
      {
        [Modules.PRODUCT]: { product_id: item.product_id },
        [MSME_MODULE]: { msme_product_profile_id: profiles[i]!.id },
      },
    ])
    await link.create(links)
    return new StepResponse(profiles, { links, profile_ids: profiles.map((p) => p.id) })
  },
  async (created, { container }) => {
    if (!created) return
    const link = (container as MedusaContainer).resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(created.links)
    const msmes: MsmeModuleService = container.resolve(MSME_MODULE)
    await msmes.deleteMsmeProductProfiles(created.profile_ids)
  },
)

/** Changes a product's origin and export profile; compensation restores the previous one. */
export const updateProductProfileStep = createStep(
  "update-seller-product-profile",
  async (input: { product_id: string; profile: Profile }, { container }) => {
    const query = (container as MedusaContainer).resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["msme_product_profile.*"],
      filters: { id: input.product_id },
    })
    const previous = (data[0] as unknown as { msme_product_profile?: Profile & { id: string } } | undefined)
      ?.msme_product_profile
    const msmes: MsmeModuleService = container.resolve(MSME_MODULE)
    if (!previous) {
      const profile = await msmes.createMsmeProductProfiles(input.profile as never)
      const link = (container as MedusaContainer).resolve(ContainerRegistrationKeys.LINK)
      await link.create({
        [Modules.PRODUCT]: { product_id: input.product_id },
        [MSME_MODULE]: { msme_product_profile_id: profile.id },
      })
      return new StepResponse(profile, {
        created: profile.id,
        product_id: input.product_id,
        previous: null,
      } as ProfileUndo)
    }
    const { created_at: _c, updated_at: _u, deleted_at: _d, ...before } = previous as Record<string, unknown>
    const profile = await msmes.updateMsmeProductProfiles({ id: previous.id, ...input.profile } as never)
    return new StepResponse(profile, { created: null, product_id: input.product_id, previous: before } as ProfileUndo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const msmes: MsmeModuleService = container.resolve(MSME_MODULE)
    if (undo.previous) await msmes.updateMsmeProductProfiles(undo.previous as never)
    if (undo.created) {
      const link = (container as MedusaContainer).resolve(ContainerRegistrationKeys.LINK)
      await link.dismiss({
        [Modules.PRODUCT]: { product_id: undo.product_id },
        [MSME_MODULE]: { msme_product_profile_id: undo.created },
      })
      await msmes.deleteMsmeProductProfiles(undo.created)
    }
  },
)

type Level = { id: string; inventory_item_id: string; stocked_quantity: number }

/**
 * Sets each variant's stock at the gallery's stock location (by the variant's Indonesian name), for
 * one product or a batch; compensation puts the previous quantities back and removes levels it created.
 */
export const setProductStockStep = createStep(
  "set-gallery-product-stock",
  async (
    input: {
      location_id: string
      items: { product_id: string; stock: Record<string, number> }[]
      /** only new variants get the stock given; existing levels keep their count (the gallery's own, for live shelf stock) */
      keep_existing?: boolean
    },
    { container },
  ) => {
    const query = (container as MedusaContainer).resolve(ContainerRegistrationKeys.QUERY)
    const inventory = (container as MedusaContainer).resolve(Modules.INVENTORY)
    const { data } = await query.graph({
      entity: "variant",
      fields: ["id", "title", "product_id", "inventory_items.inventory_item_id"],
      filters: { product_id: input.items.map((i) => i.product_id) },
    })
    const stockOf = new Map(input.items.map((i) => [i.product_id, i.stock]))
    const variants = data as unknown as {
      title: string
      product_id: string
      inventory_items?: { inventory_item_id: string }[]
    }[]
    const wanted = variants.flatMap((v) =>
      (v.inventory_items ?? []).map((i) => ({
        item: i.inventory_item_id,
        qty: stockOf.get(v.product_id)?.[v.title] ?? 0,
      })),
    )
    const levels = (await inventory.listInventoryLevels({
      inventory_item_id: wanted.map((w) => w.item),
      location_id: input.location_id,
    })) as unknown as Level[]
    const byItem = new Map(levels.map((l) => [l.inventory_item_id, l]))
    const previous = wanted
      .filter((w) => byItem.has(w.item))
      .map((w) => ({
        inventory_item_id: w.item,
        location_id: input.location_id,
        stocked_quantity: byItem.get(w.item)!.stocked_quantity,
      }))
    const updates = wanted
      .filter((w) => byItem.has(w.item) && !input.keep_existing)
      .map((w) => ({ inventory_item_id: w.item, location_id: input.location_id, stocked_quantity: w.qty }))
    const creates = wanted
      .filter((w) => !byItem.has(w.item))
      .map((w) => ({ inventory_item_id: w.item, location_id: input.location_id, stocked_quantity: w.qty }))
    if (updates.length) await inventory.updateInventoryLevels(updates)
    const created = creates.length ? ((await inventory.createInventoryLevels(creates)) as unknown as Level[]) : []
    return new StepResponse(null, { previous, created: created.map((l) => l.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = (container as MedusaContainer).resolve(Modules.INVENTORY)
    if (undo.previous.length) await inventory.updateInventoryLevels(undo.previous)
    if (undo.created.length) await inventory.deleteInventoryLevels(undo.created)
  },
)

type EnglishText = GalleryProductEnglish & { product_id: string }

type TranslationRow = {
  id: string
  reference: string
  reference_id: string
  locale_code: string
  translations: Record<string, unknown>
}

/**
 * The English text of one product or a batch (title, description, material, variant names);
 * compensation restores what was there.
 */
export const translateProductStep = createStep(
  "translate-gallery-products",
  async (input: { items: EnglishText[] }, { container }) => {
    const query = (container as MedusaContainer).resolve(ContainerRegistrationKeys.QUERY)
    const translation = (container as MedusaContainer).resolve(Modules.TRANSLATION)
    const { data } = await query.graph({
      entity: "variant",
      fields: ["id", "title", "product_id"],
      filters: { product_id: input.items.map((i) => i.product_id) },
    })
    const english = new Map(input.items.map((i) => [i.product_id, i]))
    const wanted = [
      ...input.items.map((item) => ({
        reference: "product",
        reference_id: item.product_id,
        locale_code: LOCALES.en,
        translations: { title: item.title, description: item.description, material: item.material },
      })),
      ...(data as { id: string; title: string; product_id: string }[])
        .filter((v) => english.get(v.product_id)?.variants[v.title])
        .map((v) => ({
          reference: "product_variant",
          reference_id: v.id,
          locale_code: LOCALES.en,
          translations: { title: english.get(v.product_id)!.variants[v.title]! },
        })),
    ]
    const existing = (await translation.listTranslations({
      reference_id: wanted.map((w) => w.reference_id),
      locale_code: LOCALES.en,
    })) as unknown as TranslationRow[]
    const byRef = new Map(existing.map((e) => [e.reference_id, e]))
    const updates = wanted
      .filter((w) => byRef.has(w.reference_id))
      .map((w) => ({ id: byRef.get(w.reference_id)!.id, translations: w.translations }))
    const creates = wanted.filter((w) => !byRef.has(w.reference_id))
    if (updates.length) await translation.updateTranslations(updates as never)
    const created = creates.length
      ? ((await translation.createTranslations(creates as never)) as unknown as TranslationRow[])
      : []
    return new StepResponse(null, {
      previous: existing
        .filter((e) => updates.some((u) => u.id === e.id))
        .map((e) => ({ id: e.id, translations: e.translations })),
      created: created.map((c) => c.id),
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const translation = (container as MedusaContainer).resolve(Modules.TRANSLATION)
    if (undo.previous.length) await translation.updateTranslations(undo.previous as never)
    if (undo.created.length) await translation.deleteTranslations(undo.created)
  },
)

/** The product's variant option and which of the wanted variant names it does not have yet. No side effect. */
export const planVariantOptionsStep = createStep(
  "plan-seller-variant-options",
  async (input: { product_id: string; names: string[] }, { container }) => {
    const query = (container as MedusaContainer).resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["options.id", "options.title", "options.values.value"],
      filters: { id: input.product_id },
    })
    const options = ((data[0] as { options?: { id: string; title: string; values?: { value: string }[] }[] })
      ?.options ?? []) as { id: string; title: string; values?: { value: string }[] }[]
    const option = options.find((o) => o.title === VARIANT_OPTION) ?? options[0]
    const have = new Set((option?.values ?? []).map((v) => v.value.toLowerCase()))
    return new StepResponse({
      option_id: option?.id ?? null,
      missing: input.names.filter((name) => !have.has(name.toLowerCase())),
    })
  },
)

type Created = { variant_id: string; inventory_item_id: string }

/**
 * Gives variants added to a listed product their inventory item (Medusa's update workflow makes them
 * only for variants it already knows), so they can hold stock and be sold. Compensation removes them.
 */
export const ensureVariantInventoryStep = createStep(
  "ensure-seller-variant-inventory",
  async (input: { product_id: string }, { container }) => {
    const c = container as MedusaContainer
    const query = c.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "variant",
      fields: ["id", "sku", "title", "manage_inventory", "inventory_items.inventory_item_id"],
      filters: { product_id: input.product_id },
    })
    const bare = (
      data as unknown as {
        id: string
        sku: string | null
        title: string
        manage_inventory: boolean
        inventory_items?: unknown[]
      }[]
    ).filter((v) => v.manage_inventory && !v.inventory_items?.length)
    if (!bare.length) return new StepResponse([] as Created[], [] as Created[])
    const inventory = c.resolve(Modules.INVENTORY)
    const items = await inventory.createInventoryItems(bare.map((v) => ({ sku: v.sku ?? undefined, title: v.title })))
    const created = bare.map((v, i) => ({ variant_id: v.id, inventory_item_id: items[i]!.id }))
    await c.resolve(ContainerRegistrationKeys.LINK).create(
      created.map((pair) => ({
        [Modules.PRODUCT]: { variant_id: pair.variant_id },
        [Modules.INVENTORY]: { inventory_item_id: pair.inventory_item_id },
        data: { required_quantity: 1 },
      })),
    )
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (!created?.length) return
    const c = container as MedusaContainer
    await c.resolve(ContainerRegistrationKeys.LINK).dismiss(
      created.map((pair) => ({
        [Modules.PRODUCT]: { variant_id: pair.variant_id },
        [Modules.INVENTORY]: { inventory_item_id: pair.inventory_item_id },
      })),
    )
    await c.resolve(Modules.INVENTORY).deleteInventoryItems(created.map((pair) => pair.inventory_item_id))
  },
)
