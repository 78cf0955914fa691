import { describe, expect, it } from "vitest";
import { segmentsOf } from "./compare-segments";

describe("segmentsOf", () => {
  it("cuts the text at every unit boundary, overlapping units included", () => {
    expect(segmentsOf(20, [{ key: "a", start: 2, end: 8 }, { key: "b", start: 5, end: 12 }])).toEqual([
      { start: 0, end: 2, units: [] },
      { start: 2, end: 5, units: ["a"] },
      { start: 5, end: 8, units: ["a", "b"] },
      { start: 8, end: 12, units: ["b"] },
      { start: 12, end: 20, units: [] },
    ]);
  });

  it("gives the whole text as one run without units", () => {
    expect(segmentsOf(5, [])).toEqual([{ start: 0, end: 5, units: [] }]);
  });
});
