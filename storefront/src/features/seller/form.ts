/** The seller portal's product form, read into the body Medusa's /seller/me/products takes (no server imports: tested alone). */
export type SellerProductBody = {
  title: { id: string; en: string }
  description: { id: string; en: string }
  category: string
  material: string
  weight_g: number
  variants: { title: { id: string; en: string }; sku?: string | null; prices: Record<string, number>; stock: number }[]
  export?: {
    hs_code: string
    moq: number
    moq_unit: string
    lead_time_days: number
    capacity_per_month: number
    packed?: { length_cm: number; width_cm: number; height_cm: number; weight_kg: number }
    shelf_life_months?: number
  } | null
  image_ids: string[]
}

/** The product form's fields (names as posted) to the body Medusa takes; blank variant rows are left out. */
export function productBodyFromForm(form: FormData, imageIds: string[]): SellerProductBody {
  const s = (name: string) => String(form.get(name) ?? "").trim()
  const n = (name: string) => (s(name) === "" ? Number.NaN : Number(s(name).replace(/\./g, "").replace(",", ".")))
  const decimal = (name: string) => (s(name) === "" ? Number.NaN : Number(s(name).replace(",", ".")))
  const variants: SellerProductBody["variants"] = []
  for (let i = 0; i < 5; i++) {
    if (!s(`variant_${i}_id`) && !s(`variant_${i}_idr`)) continue
    const prices: Record<string, number> = { idr: n(`variant_${i}_idr`) }
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
    material: s("material"),
    weight_g: n("weight_g"),
    variants,
    export: exportReady
      ? {
          hs_code: s("hs_code"),
          moq: n("moq"),
          moq_unit: s("moq_unit") || "pcs",
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
