import { describe, expect, it } from "vitest";
import type { ClaimDto } from "@/lib/model";
import { claimParagraphs } from "./claim-pieces";

function claim(id: string, start: number | null, end: number | null): ClaimDto {
  return {
    id, articleId: "a", start, end, quote: "", prefix: "", suffix: "", kind: "attributed", speaker: null, cue: null,
    confidence: "moderate", note: null, version: 1, status: start === null ? "orphaned" : "anchored", revision: 1, fuzzy: null, set: "analyst", review: null, createdBy: null, updatedBy: null,
    createdAt: "2023-11-21T00:00:00.000Z", updatedAt: "2023-11-21T00:00:00.000Z",
  };
}

/** Each paragraph as its pieces' text, with the ids of the claims covering each piece. */
function render(text: string, claims: ClaimDto[]) {
  return claimParagraphs(text, claims).map((p) => p.pieces.map((piece) => [text.slice(piece.start, piece.end), piece.claims.map((c) => c.id).join("+")]));
}

describe("claimParagraphs", () => {
  it("splits paragraphs on blank lines and keeps single line breaks", () => {
    expect(render("One.\nStill one.\n\nTwo.\n\n\nThree.", [])).toEqual([[["One.\nStill one.", ""]], [["Two.", ""]], [["Three.", ""]]]);
  });

  it("nests overlapping claims, outermost first", () => {
    const text = "Kirby said Russia could act on Tuesday.";
    const outer = claim("outer", 11, 38);
    const inner = claim("inner", 18, 27);
    const crossing = claim("crossing", 24, 38);
    expect(render(text, [crossing, inner, outer])).toEqual([
      [
        ["Kirby said ", ""],
        ["Russia ", "outer"],
        ["could ", "outer+inner"],
        ["act", "outer+inner+crossing"],
        [" on Tuesday", "outer+crossing"],
        [".", ""],
      ],
    ]);
  });

  it("cuts a claim that spans paragraphs at the blank line", () => {
    expect(render("Aa bb.\n\nCc dd.", [claim("c", 3, 10)])).toEqual([
      [["Aa ", ""], ["bb.", "c"]],
      [["Cc", "c"], [" dd.", ""]],
    ]);
  });

  it("leaves out orphans, empty spans and spans outside the text", () => {
    expect(render("Short.", [claim("o", null, null), claim("e", 2, 2), claim("x", 3, 99)])).toEqual([[["Short.", ""]]]);
  });

  it("handles an empty text", () => {
    expect(claimParagraphs("", [claim("x", 0, 1)])).toEqual([]);
  });
});
