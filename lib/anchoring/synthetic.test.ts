import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseText } from "../text/normalise";
import { syntheticCase } from "./fixtures/synthetic-article";
import { reanchorAll } from "./reanchor";
import { expectInvariants } from "./test-support";

const SOURCE = normaliseText(readFileSync(path.join(process.cwd(), "db", "seed", "examiner-2023-11-21-russia-air-defense.txt"), "utf8"));

describe("a synthetic article with scattered edits (the benchmark's workload, small)", () => {
  for (const seed of [1, 2, 3]) {
    it(`re-anchors every claim no edit touched to its words, and none to words that are gone (seed ${seed})`, () => {
      const c = syntheticCase(SOURCE, { words: 4_000, claims: 300, edits: 25, seed });
      const results = reanchorAll(c.oldText, c.newText, c.claims.map((x) => x.anchor));
      results.forEach((r, i) => {
        const claim = c.claims[i];
        if (!claim) throw new Error("missing claim");
        expectInvariants(c.newText, claim.anchor, r);
        if (claim.truth) expect({ id: r.id, start: r.start, end: r.end }).toEqual({ id: claim.anchor.id, ...claim.truth });
        if (claim.erased) expect(r.outcome).toBe("orphaned");
        if (r.start !== undefined && r.end !== undefined) {
          expect(r.end > claim.region.start && r.start < claim.region.end, `${r.id} lands outside its words`).toBe(true);
        }
      });
    });
  }
});
