import { gradeOf, RUBRIC_KEYS, type RubricScores } from "../rubric"

const all = (n: number) => Object.fromEntries(RUBRIC_KEYS.map((k) => [k, n])) as RubricScores

describe("the curation grade", () => {
  it("follows the average of the six criteria", () => {
    expect(gradeOf(all(5))).toEqual({ average: 5, grade: "A" })
    expect(gradeOf({ ...all(5), content: 2 })).toEqual({ average: 4.5, grade: "A" })
    expect(gradeOf(all(4))).toEqual({ average: 4, grade: "B" })
    expect(gradeOf({ ...all(3), quality: 2 })).toEqual({ average: 2.83, grade: "C" })
    expect(gradeOf(all(2))).toEqual({ average: 2, grade: "D" })
  })

  it("caps a product with one failing criterion at C, however good the rest", () => {
    expect(gradeOf({ ...all(5), permits: 1 })).toEqual({ average: 4.33, grade: "C" })
  })
})
