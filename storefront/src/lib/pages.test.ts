import { describe, expect, it } from "vitest"
import { pageWindow } from "./pages"

describe("pagination window", () => {
  it("shows every page of a short list", () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5])
  })
  it("shows the ends and two either side of the current page of a long one, with gaps", () => {
    expect(pageWindow(1, 925)).toEqual([1, 2, 3, null, 925])
    expect(pageWindow(200, 925)).toEqual([1, null, 198, 199, 200, 201, 202, null, 925])
    expect(pageWindow(925, 925)).toEqual([1, null, 923, 924, 925])
    expect(pageWindow(4, 925)).toEqual([1, 2, 3, 4, 5, 6, null, 925])
  })
})
