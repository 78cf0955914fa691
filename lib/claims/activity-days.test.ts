import { describe, expect, it } from "vitest";
import { groupByDay } from "./activity-days";

const at = (id: number, iso: string) => ({ id, at: iso });

describe("groupByDay", () => {
  it("groups a newest-first list by UTC day, in the list's order", () => {
    const days = groupByDay([
      at(5, "2024-03-02T23:59:59.000Z"),
      at(4, "2024-03-02T00:00:00.000Z"),
      at(3, "2024-03-01T23:59:59.999Z"),
      // A time with an offset is placed on its UTC day.
      at(2, "2024-03-01T01:30:00+02:00"),
    ]);
    expect(days.map((d) => [d.day, d.entries.map((e) => e.id)])).toEqual([
      ["2024-03-02", [5, 4]],
      ["2024-03-01", [3]],
      ["2024-02-29", [2]],
    ]);
  });

  it("gives nothing for nothing, and one undated group for timestamps that are not dates", () => {
    expect(groupByDay([])).toEqual([]);
    expect(groupByDay([at(2, "soon"), at(1, "later")])).toEqual([{ day: "", entries: [at(2, "soon"), at(1, "later")] }]);
  });
});
