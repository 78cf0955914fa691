import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { splitAliases } from "./aliases";

describe("splitAliases", () => {
  it.each([
    ["", []],
    ["Kirby", ["Kirby"]],
    ["Kirby,  Adm.   Kirby ,, ", ["Kirby", "Adm. Kirby"]],
    ["Kirby, kirby, KIRBY", ["Kirby"]],
    [" , , ", []],
  ])("%j → %j", (input, expected) => {
    expect(splitAliases(input)).toEqual(expected);
  });

  it("gives trimmed, non-empty aliases without commas or case-blind repeats", () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const aliases = splitAliases(input);
        for (const alias of aliases) {
          expect(alias).not.toBe("");
          expect(alias).toBe(alias.trim());
          expect(alias).not.toContain(",");
        }
        expect(new Set(aliases.map((a) => a.toLowerCase())).size).toBe(aliases.length);
      }),
    );
  });
});
