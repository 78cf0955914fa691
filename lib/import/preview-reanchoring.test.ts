import { describe, expect, it } from "vitest";
import { quoteWithContext } from "../claims/context";
import { previewReanchoring, type ClaimHere } from "./preview-reanchoring";

const OLD = "Russia could provide air defense to Iran, the council warned on Tuesday. Kirby said the talks had stalled.";
const NEW = "Officials spoke late. Russia could provide air defense to Iran, the council warned on Tuesday. The talks went on.";

const claimOn = (id: string, quote: string): ClaimHere => {
  const start = OLD.indexOf(quote);
  return { id, start, end: start + quote.length, ...quoteWithContext(OLD, { start, end: start + quote.length }) };
};

describe("previewReanchoring", () => {
  it("counts claims that move with the text, are lost, or were orphaned already", () => {
    const claims = [
      claimOn("moved", "Russia could provide air defense to Iran"),
      claimOn("lost", "Kirby said the talks had stalled"),
      { id: "orphan", start: null, end: null, quote: "an earlier sentence", prefix: "", suffix: "" },
    ];
    expect(previewReanchoring(OLD, NEW, claims)).toEqual({ exact: 0, moved: 1, fuzzy: 0, orphaned: 2 });
  });

  it("counts every claim as staying in place when the text is the same", () => {
    expect(previewReanchoring(OLD, OLD, [claimOn("a", "the council warned")])).toEqual({ exact: 1, moved: 0, fuzzy: 0, orphaned: 0 });
  });
});
