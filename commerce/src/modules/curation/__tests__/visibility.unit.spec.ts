import { isSearchable, shouldBeVisible, whyHidden } from "../visibility"

const record = { status: "published", product_curation: { status: "approved" }, msme: { status: "active" } }

describe("the visibility rule", () => {
  it("shows buyers approved products of active MSMEs only, and says why a product is hidden", () => {
    expect(shouldBeVisible({ curation_status: "approved", msme_status: "active" })).toBe(true)
    expect(shouldBeVisible({ curation_status: "submitted", msme_status: "active" })).toBe(false)
    expect(shouldBeVisible({ curation_status: "approved", msme_status: "pending" })).toBe(false)
    expect(whyHidden({ id: "p", status: "draft", curation_status: "approved", msme_status: null })).toMatch(
      /not linked/,
    )
    expect(whyHidden({ id: "p", status: "draft", curation_status: "approved", msme_status: "suspended" })).toMatch(
      /suspended/,
    )
  })

  it("indexes only published, approved products of active MSMEs", () => {
    expect(isSearchable(record)).toBe(true)
    expect(isSearchable({ ...record, status: "draft" })).toBe(false)
    expect(isSearchable({ ...record, product_curation: { status: "submitted" } })).toBe(false)
    expect(isSearchable({ ...record, msme: { status: "suspended" } })).toBe(false)
  })
})
