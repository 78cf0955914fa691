import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { layerChanges } from "./layer-changes";

interface Item {
  id: string;
  key: string;
}
const changes = (drawn: Partial<Record<string, string>>, items: Item[]) =>
  layerChanges(new Map(Object.entries(drawn) as [string, string][]), items, (i) => i.id, (i) => i.key);

describe("layerChanges", () => {
  it.each([
    { name: "nothing drawn yet: draws every item", drawn: {}, items: [{ id: "a", key: "1" }, { id: "b", key: "1" }], draw: ["a", "b"], remove: [] },
    { name: "unchanged: nothing to do", drawn: { a: "1", b: "1" }, items: [{ id: "a", key: "1" }, { id: "b", key: "1" }], draw: [], remove: [] },
    { name: "one changed: redraws it alone", drawn: { a: "1", b: "1" }, items: [{ id: "a", key: "1" }, { id: "b", key: "2" }], draw: ["b"], remove: ["b"] },
    { name: "one added", drawn: { a: "1" }, items: [{ id: "a", key: "1" }, { id: "c", key: "1" }], draw: ["c"], remove: [] },
    { name: "one gone", drawn: { a: "1", b: "1" }, items: [{ id: "b", key: "1" }], draw: [], remove: ["a"] },
    { name: "an id listed twice shows once", drawn: {}, items: [{ id: "a", key: "1" }, { id: "a", key: "2" }], draw: ["a"], remove: [] },
  ] as { name: string; drawn: Partial<Record<string, string>>; items: Item[]; draw: string[]; remove: string[] }[])("$name", ({ drawn, items, draw, remove }) => {
    const result = changes(drawn, items);
    expect(result.draw.map((i) => i.id)).toEqual(draw);
    expect(result.remove).toEqual(remove);
  });

  it("applying the changes to what is drawn gives exactly the items wanted", () => {
    const item = fc.record({ id: fc.constantFrom("a", "b", "c", "d", "e"), key: fc.constantFrom("1", "2") });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("a", "b", "c", "d"), fc.constantFrom<string>("1", "2")), fc.array(item, { maxLength: 8 }), (drawn, items) => {
        const result = changes(drawn, items);
        const after = new Map(Object.entries(drawn));
        for (const id of result.remove) after.delete(id);
        for (const i of result.draw) after.set(i.id, i.key);
        const wanted = new Map<string, string>();
        for (const i of items) if (!wanted.has(i.id)) wanted.set(i.id, i.key);
        expect(after).toEqual(wanted);
        // never removes what stays as it was
        for (const id of result.remove) expect(wanted.get(id) !== drawn[id] || !wanted.has(id)).toBe(true);
      }),
    );
  });
});
