import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quoteWithContext } from "../claims/context";
import type { ClaimDto } from "../model";
import { collect, orphanedClaim, sampleArticle, sampleClaims } from "./export-fixtures";
import { claimAnnotation, w3cChunks, type WebAnnotation } from "./w3c";

/** What a TextPositionSelector selects, by its definition: code points start to end of the source text. */
const byPosition = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");

/** True when the quote selector describes the text at that position: prefix, exact and suffix in a row. */
function quoteFits(text: string, annotation: WebAnnotation): boolean {
  const [quote, position] = annotation.target.selector;
  if (!position) return false;
  const chars = Array.from(text);
  const before = chars.slice(0, position.start).join("");
  const after = chars.slice(position.end).join("");
  return byPosition(text, position.start, position.end) === quote.exact && before.endsWith(quote.prefix) && after.startsWith(quote.suffix);
}

describe("claimAnnotation", () => {
  it("counts positions in code points: the emoji and the flag do not shift the selection", () => {
    for (const claim of sampleClaims) {
      const annotation = claimAnnotation(sampleArticle, claim);
      const [quote, position] = annotation.target.selector;
      expect(quote.exact).toBe(claim.quote);
      expect(byPosition(sampleArticle.text, position?.start ?? NaN, position?.end ?? NaN)).toBe(claim.quote);
      expect(quoteFits(sampleArticle.text, annotation)).toBe(true);
    }
    const [first, , third] = sampleClaims.map((c) => claimAnnotation(sampleArticle, c).target.selector[1]);
    // “ is one code unit; 😀 inside the first quote is two units but one code point.
    expect(first).toEqual({ type: "TextPositionSelector", start: 1, end: (sampleClaims[0]?.end ?? 0) - 1 });
    // Before the third quote come 😀 (one extra unit) and 🇺🇦 (two code points, four units: two extra).
    expect(third?.start).toBe((sampleClaims[2]?.start ?? 0) - 3);
  });

  it("carries kind, speaker, cue, confidence and note as bodies with W3C purposes", () => {
    const annotation = claimAnnotation(sampleArticle, sampleClaims[0] as ClaimDto);
    expect(annotation).toMatchObject({
      id: `urn:uuid:${sampleClaims[0]?.id}`,
      type: "Annotation",
      motivation: "classifying",
      created: sampleClaims[0]?.createdAt,
      modified: sampleClaims[0]?.updatedAt,
      "claimlens:version": 3,
      "claimlens:status": "anchored",
      target: { source: { id: `urn:uuid:${sampleArticle.id}`, type: "Text", format: "text/plain" }, scope: sampleArticle.sourceUrl },
    });
    expect(annotation.body).toEqual([
      { type: "TextualBody", purpose: "classifying", value: "attributed", "claimlens:field": "kind" },
      {
        type: "TextualBody",
        purpose: "identifying",
        value: "John Kirby",
        "claimlens:field": "speaker",
        "claimlens:speaker": "urn:uuid:0b6f7d2e-3c4a-4e5f-8a9b-1c2d3e4f5a6b",
      },
      { type: "TextualBody", purpose: "tagging", value: "said", "claimlens:field": "cue" },
      { type: "TextualBody", purpose: "assessing", value: "high", "claimlens:field": "confidence" },
      { type: "TextualBody", purpose: "commenting", value: "=cmd|' /C calc'!A0", format: "text/plain", "claimlens:field": "note" },
    ]);
  });

  it("gives a reporter statement no speaker body, and an article without a URL no scope", () => {
    const annotation = claimAnnotation({ ...sampleArticle, sourceUrl: null }, sampleClaims[1] as ClaimDto);
    expect(annotation.body.map((b) => b["claimlens:field"])).toEqual(["kind", "confidence"]);
    expect(annotation.target).not.toHaveProperty("scope");
  });

  it("gives an orphaned claim only its old quote, and says it is orphaned", () => {
    const annotation = claimAnnotation(sampleArticle, orphanedClaim);
    expect(annotation["claimlens:status"]).toBe("orphaned");
    expect(annotation.target.selector).toEqual([
      { type: "TextQuoteSelector", exact: "never to back down", prefix: "the ministry vowed ", suffix: " on the air defense deal." },
    ]);
    expect(annotation.body.map((b) => b["claimlens:field"])).toEqual(["kind", "speaker", "cue", "confidence"]);
  });

  it("selects the quoted text by both selectors for any span of any text", () => {
    const char = fc.constantFrom("a", "b", " ", ".", "“", "”", "’", "é", "😀", "👩‍🔬", "🇺🇦", "𝔘", "\n");
    const input = fc
      .array(char, { minLength: 1, maxLength: 80 })
      .map((cs) => cs.join(""))
      .chain((text) => fc.tuple(fc.constant(text), fc.nat({ max: Array.from(text).length - 1 }), fc.nat({ max: Array.from(text).length })));
    fc.assert(
      fc.property(input, ([text, a, b]) => {
        const chars = Array.from(text);
        const [from, to] = a < b ? [a, b] : [b, a + 1];
        // Code point offsets to JS indices, so the span never splits a character.
        const start = chars.slice(0, from).join("").length;
        const end = chars.slice(0, Math.min(to, chars.length)).join("").length;
        if (start >= end) return;
        const claim: ClaimDto = {
          ...(sampleClaims[1] as ClaimDto),
          start,
          end,
          ...quoteWithContext(text, { start, end }),
        };
        const annotation = claimAnnotation({ ...sampleArticle, text }, claim);
        expect(annotation.target.selector[1]).toMatchObject({ start: from, end: Math.min(to, chars.length) });
        expect(quoteFits(text, annotation)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("w3cChunks", () => {
  it("writes one AnnotationCollection in JSON-LD with every annotation and their total", async () => {
    const out = await collect(w3cChunks, sampleArticle, sampleClaims);
    const collection = JSON.parse(out);
    expect(out).toBe(`${JSON.stringify(collection, null, 2)}\n`);
    expect(collection["@context"][0]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(collection["@context"][1].claimlens).toMatch(/^urn:/);
    expect(collection).toMatchObject({ type: "AnnotationCollection", total: 3, generated: "2024-05-01T09:30:00.000Z" });
    expect(collection.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(collection.first).toMatchObject({ type: "AnnotationPage", partOf: collection.id, startIndex: 0 });
    expect(collection.first.items).toEqual(sampleClaims.map((c) => claimAnnotation(sampleArticle, c)));
  });

  it("writes orphaned claims among the others, counted in the total", async () => {
    const collection = JSON.parse(await collect(w3cChunks, sampleArticle, [...sampleClaims, orphanedClaim]));
    expect(collection.total).toBe(4);
    expect(collection.first.items.at(-1)).toEqual(claimAnnotation(sampleArticle, orphanedClaim));
    expect(collection.first.items.map((a: WebAnnotation) => a.target.selector.length)).toEqual([2, 2, 2, 1]);
  });

  it("writes an empty collection when no claim is selected", async () => {
    const collection = JSON.parse(await collect(w3cChunks, sampleArticle, []));
    expect(collection.total).toBe(0);
    expect(collection.first.items).toEqual([]);
  });
});
