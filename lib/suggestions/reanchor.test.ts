import { describe, expect, it } from "vitest";
import { reanchorAll } from "../anchoring";
import { quoteWithContext } from "../claims/context";
import { carrySuggestions, suggestionAnchors, type SuggestionAnchorRow } from "./reanchor";

const OLD = "Russia could provide air defense, the council warned.\n\n“We will watch closely,” Kirby said on Tuesday.";

function row(id: string, quote: string, status: SuggestionAnchorRow["status"] = "pending"): SuggestionAnchorRow {
  const start = OLD.indexOf(quote);
  const mentionStart = OLD.indexOf("Kirby");
  const cueStart = OLD.indexOf("said");
  return {
    id,
    status,
    start,
    end: start + quote.length,
    ...quoteWithContext(OLD, { start, end: start + quote.length }),
    mentionStart,
    mentionEnd: mentionStart + 5,
    cueStart,
    cueEnd: cueStart + 4,
    revision: 1,
  };
}

function carry(newText: string, rows: SuggestionAnchorRow[]) {
  const results = reanchorAll(OLD, newText, suggestionAnchors(OLD, rows));
  return carrySuggestions(rows, new Map(results.map((r) => [r.id, r])), 2);
}

describe("carrying suggestions through a text revision", () => {
  it("moves a suggestion, its mention and its cue with the text", () => {
    const newText = `A new first paragraph.\n\n${OLD}`;
    const [carried] = carry(newText, [row("a", "We will watch closely")]);
    expect(carried).toMatchObject({ drop: false, anchoring: "anchored", revision: 2, quote: "We will watch closely" });
    if (!carried || carried.drop || carried.start === null || carried.end === null) throw new Error("not placed");
    expect(newText.slice(carried.start, carried.end)).toBe("We will watch closely");
    expect(newText.slice(carried.mentionStart ?? 0, carried.mentionEnd ?? 0)).toBe("Kirby");
    expect(newText.slice(carried.cueStart ?? 0, carried.cueEnd ?? 0)).toBe("said");
  });

  it("drops the mention and cue spans when their words changed, keeping the suggestion", () => {
    const newText = OLD.replace("Kirby said", "the spokesman added");
    const [carried] = carry(newText, [row("a", "We will watch closely")]);
    expect(carried).toMatchObject({ drop: false, anchoring: "anchored", mentionStart: null, cueStart: null });
  });

  it("drops a pending suggestion whose words are gone, and keeps a decided one as an orphan with its old quote", () => {
    const newText = "Russia could provide air defense, the council warned.\n\nNothing else was said.";
    const [pending, rejected] = carry(newText, [row("a", "We will watch closely"), row("b", "We will watch closely", "rejected")]);
    expect(pending).toEqual({ id: "a", drop: true });
    expect(rejected).toMatchObject({ drop: false, anchoring: "orphaned", start: null, end: null, quote: "We will watch closely", revision: 1 });
  });

  it("keeps an orphaned decided suggestion orphaned", () => {
    const orphan = { ...row("b", "We will watch closely", "accepted"), start: null, end: null, mentionStart: null, mentionEnd: null };
    expect(suggestionAnchors(OLD, [orphan])).toEqual([]);
    expect(carry(OLD, [orphan])[0]).toMatchObject({ anchoring: "orphaned", quote: "We will watch closely" });
  });
});
