import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { INT4_MAX, int4, text, uuid } from "./schema-primitives";

describe("schema primitives", () => {
  it("text accepts any string without U+0000 and refuses every string with one", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (a, b) => {
        const clean = (a + b).replaceAll("\u0000", "");
        expect(text().safeParse(clean).success).toBe(true);
        expect(text().safeParse(`${a}\u0000${b}`).success).toBe(false);
      }),
    );
  });

  it("int4 takes whole numbers up to 2,147,483,647 and no further", () => {
    expect(int4().safeParse(INT4_MAX).success).toBe(true);
    expect(int4().safeParse(INT4_MAX + 1).success).toBe(false);
    expect(int4().safeParse(2 ** 53).success).toBe(false);
    expect(int4().safeParse(1.5).success).toBe(false);
  });

  it("uuid gives any letter case back in lower case", () => {
    fc.assert(
      fc.property(fc.uuid({ version: 4 }), (id) => {
        expect(uuid().parse(id.toUpperCase())).toBe(id.toLowerCase());
      }),
    );
  });
});
