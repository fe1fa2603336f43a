import { describe, expect, it } from "vitest"
import { fieldsNamed, productBodyFromForm } from "./form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  return data
}

const base = {
  title_id: " Kursi Rotan Teras ",
  title_en: "Rattan Terrace Chair",
  description_id: "Kursi rotan anyaman tangan.",
  description_en: "Hand-woven rattan chair.",
  category: "rattan-furniture",
  material_id: "rotan",
  material_en: "rattan",
  weight_g: "4.500",
}

describe("the product form", () => {
  it("reads Indonesian number writing, leaves blank variant rows out and keeps photo order", () => {
    const body = productBodyFromForm(
      form({
        ...base,
        variant_0_id: "Natural",
        variant_0_en: "Natural",
        variant_0_idr: "1.250.000",
        variant_0_usd: "76,50",
        variant_0_stock: "8",
        variant_1_id: "",
        variant_1_idr: "",
        variant_2_id: "Cokelat",
        variant_2_idr: "1300000",
        variant_2_stock: "0",
      }),
      ["supl_B", "supl_A"],
    )
    expect(body).toMatchObject({
      title: { id: "Kursi Rotan Teras", en: "Rattan Terrace Chair" },
      material: { id: "rotan", en: "rattan" },
      weight_g: 4500,
      export: null,
      image_ids: ["supl_B", "supl_A"],
    })
    expect(body.variants).toEqual([
      { title: { id: "Natural", en: "Natural" }, prices: { idr: 1250000, usd: 76.5 }, stock: 8 },
      // an English name left empty takes the Indonesian one
      { title: { id: "Cokelat", en: "Cokelat" }, prices: { idr: 1300000 }, stock: 0 },
    ])
  })

  it("sends export data only when ticked, with the packed size when given", () => {
    const fields = {
      ...base,
      variant_0_id: "Standar",
      variant_0_idr: "900000",
      variant_0_stock: "1",
      hs_code: "9401.59",
      moq: "20",
      moq_unit: "pcs",
      lead_time_days: "30",
      capacity_per_month: "50",
      packed_length_cm: "60",
      packed_width_cm: "60",
      packed_height_cm: "85,5",
      packed_weight_kg: "7,2",
    }
    expect(productBodyFromForm(form(fields), []).export).toBeNull()
    expect(productBodyFromForm(form({ ...fields, export: "on" }), []).export).toEqual({
      hs_code: "9401.59",
      moq: 20,
      moq_unit: "pcs",
      lead_time_days: 30,
      capacity_per_month: 50,
      packed: { length_cm: 60, width_cm: 60, height_cm: 85.5, weight_kg: 7.2 },
    })
  })

  it("passes what is missing on as not-a-number, for Medusa to name the field", () => {
    const body = productBodyFromForm(form({ ...base, weight_g: "", variant_0_id: "A", variant_0_idr: "" }), [])
    expect(Number.isNaN(body.weight_g)).toBe(true)
  })
})

describe("naming the fields Medusa refused", () => {
  const refusal =
    "Invalid request: Value for field 'variants, 1, prices, idr' too small, expected at least: '1000'; Value for field 'title, en' too small, expected at least: '2'; Value for field 'export, packed, width_cm' must be positive"

  it("in Indonesian and in English, variants counted from 1", () => {
    expect(fieldsNamed(refusal, "id")).toEqual(["Harga (Rp), varian 2", "Nama produk (Inggris)", "Ukuran kemasan"])
    expect(fieldsNamed(refusal, "en")).toEqual(["Price (IDR), variant 2", "Product name (English)", "Packed size"])
  })

  it("names nothing when the message names no field", () => {
    expect(fieldsNamed("Your nib permit is on file already", "id")).toEqual([])
  })
})
