/**
 * The inquiry form's fields as the JSON Medusa's /store/inquiries takes. One reading of the form for
 * the island (JavaScript) and the API route (a plain form post without it).
 */
export function inquiryBodyFromForm(form: FormData) {
  const get = (name: string) => String(form.get(name) ?? "").trim()
  const optional = (name: string) => get(name) || undefined
  const ids = form.getAll("product_id").map(String)
  const quantities = form.getAll("quantity").map(Number)
  const units = form.getAll("unit").map(String)
  const other = get("other_title")
  return {
    locale: get("locale") === "id" ? "id" : "en",
    buyer: {
      name: get("name"),
      company: optional("company"),
      email: get("email"),
      country: get("country"),
      phone: optional("phone"),
    },
    items: [
      ...ids.map((product_id, i) => ({ product_id, quantity: quantities[i], unit: units[i] })),
      ...(other
        ? [{ title: other, quantity: Number(get("other_quantity") || 1), unit: get("other_unit") || "pcs" }]
        : []),
    ],
    incoterm: get("incoterm"),
    destination: get("destination"),
    target_price: get("target_price") ? Number(get("target_price")) : undefined,
    currency: get("currency"),
    certificates: form.getAll("certificates").map(String),
    sample_requested: form.get("sample_requested") === "on",
    expected_date: optional("expected_date"),
    message: get("message"),
    submission_id: optional("submission_id"),
    website: get("website"),
  }
}
