import { describe, expect, it } from "vitest"
import { parseList, withItem, withoutItem } from "./list"

const chair = {
  product_id: "prod_01ABCDEFGHJKMNPQRS",
  handle: "kursi",
  title: "Kursi Rotan",
  quantity: 300,
  unit: "pcs",
}
const paste = { product_id: "prod_01ABCDEFGHJKMNPQRT", handle: "terasi", title: "Terasi", quantity: 500, unit: "kg" }

describe("export inquiry list", () => {
  it("keeps one line per product: adding again updates quantity and unit", () => {
    const list = withItem(withItem([], chair), paste)
    expect(withItem(list, { ...chair, quantity: 40, unit: "set" })).toEqual([
      paste,
      { ...chair, quantity: 40, unit: "set" },
    ])
    expect(withoutItem(list, chair.product_id)).toEqual([paste])
  })

  it("reads back only well-formed lines from storage, never throws on garbage", () => {
    expect(parseList(JSON.stringify([chair, { product_id: "x", title: "bad" }, { ...paste, quantity: -1 }]))).toEqual([
      chair,
    ])
    expect(parseList("{not json")).toEqual([])
    expect(parseList(null)).toEqual([])
    expect(parseList(JSON.stringify({ a: 1 }))).toEqual([])
  })
})
