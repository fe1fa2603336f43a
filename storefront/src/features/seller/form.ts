import type { SellerProductRequest } from "@galeri/commerce/contracts"
import type { Locale } from "../../i18n/ui"
import { type MitraKey, m } from "./labels"

/**
 * The body Medusa's /seller/me/products takes, as the commerce app defines it (the request before
 * validation). The form is read into it here (types only from the contracts: tested alone).
 */
export type SellerProductBody = SellerProductRequest
type Prices = SellerProductBody["variants"][number]["prices"]
type ExportUnit = NonNullable<SellerProductBody["export"]>["moq_unit"]

/** The product form's fields (names as posted) to the body Medusa takes; blank variant rows are left out. */
export function productBodyFromForm(form: FormData, imageIds: string[]): SellerProductBody {
  const s = (name: string) => String(form.get(name) ?? "").trim()
  const n = (name: string) => (s(name) === "" ? Number.NaN : Number(s(name).replace(/\./g, "").replace(",", ".")))
  const decimal = (name: string) => (s(name) === "" ? Number.NaN : Number(s(name).replace(",", ".")))
  const variants: SellerProductBody["variants"] = []
  for (let i = 0; i < 5; i++) {
    if (!s(`variant_${i}_id`) && !s(`variant_${i}_idr`)) continue
    const prices: Prices = { idr: n(`variant_${i}_idr`) }
    if (s(`variant_${i}_usd`)) prices.usd = decimal(`variant_${i}_usd`)
    variants.push({
      title: { id: s(`variant_${i}_id`), en: s(`variant_${i}_en`) || s(`variant_${i}_id`) },
      prices,
      stock: n(`variant_${i}_stock`),
    })
  }
  const exportReady = form.get("export") === "on"
  return {
    title: { id: s("title_id"), en: s("title_en") },
    description: { id: s("description_id"), en: s("description_en") },
    category: s("category"),
    material: { id: s("material_id"), en: s("material_en") },
    weight_g: n("weight_g"),
    variants,
    export: exportReady
      ? {
          hs_code: s("hs_code"),
          moq: n("moq"),
          // as posted: Medusa checks it against the inquiry units and names the field when it is not one
          moq_unit: (s("moq_unit") || "pcs") as ExportUnit,
          lead_time_days: n("lead_time_days"),
          capacity_per_month: n("capacity_per_month"),
          ...(s("packed_length_cm")
            ? {
                packed: {
                  length_cm: decimal("packed_length_cm"),
                  width_cm: decimal("packed_width_cm"),
                  height_cm: decimal("packed_height_cm"),
                  weight_kg: decimal("packed_weight_kg"),
                },
              }
            : {}),
          ...(s("shelf_life_months") ? { shelf_life_months: n("shelf_life_months") } : {}),
        }
      : null,
    image_ids: imageIds,
  }
}

/** The body's field paths, as the form labels them (variant fields marked "@variant"). */
const FIELD_LABELS: Record<string, MitraKey> = {
  "title.id": "nameId",
  "title.en": "nameEn",
  "description.id": "descId",
  "description.en": "descEn",
  category: "category",
  "material.id": "materialId",
  "material.en": "materialEn",
  weight_g: "weight",
  image_ids: "photos",
  "title.id@variant": "variantName",
  "title.en@variant": "variantNameEn",
  "prices.idr@variant": "priceIdr",
  "prices.usd@variant": "priceUsd",
  "stock@variant": "stock",
  "export.hs_code": "hsCode",
  "export.moq": "moq",
  "export.lead_time_days": "leadTime",
  "export.capacity_per_month": "capacity",
  "export.packed": "packed",
  "export.shelf_life_months": "shelfLife",
  number: "permitNumber",
  issued_at: "issued",
  expires_at: "expires",
  whatsapp: "whatsapp",
  email: "email",
}

/**
 * The form fields a refusal from Medusa names, in the seller's language ("Harga (Rp), varian 2"), read
 * from the field paths in its message; empty when it names none.
 */
export function fieldsNamed(message: string, locale: Locale): string[] {
  const paths = [...message.matchAll(/field '([^']+)'/g)].map((match) => match[1]!.split(", ").join("."))
  const named = paths.map((path) => {
    const variant = /^variants\.(\d+)\.(.+)$/.exec(path)
    if (variant) {
      const key = FIELD_LABELS[`${variant[2]}@variant`]
      const which = locale === "id" ? `varian ${Number(variant[1]) + 1}` : `variant ${Number(variant[1]) + 1}`
      return key ? `${m(locale, key)}, ${which}` : which
    }
    const key = FIELD_LABELS[path] ?? FIELD_LABELS[path.replace(/\.[^.]+$/, "")]
    return key ? m(locale, key) : path
  })
  return [...new Set(named)]
}
