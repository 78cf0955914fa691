import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { DetectedClaim } from "../attribution";
import { freshCandidates, sameSuggestion, toCandidates, type SuggestionCandidate } from "./candidates";

const TEXT = "“We will watch closely,” Kirby said. The council warned of risks.";
const quoteAt = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });

const detected = (overrides: Partial<DetectedClaim> = {}): DetectedClaim => ({
  kind: "attributed",
  ...quoteAt("We will watch closely"),
  speaker: { name: "John Kirby", kind: "person", description: "NSC coordinator", speakerId: null },
  speakerMention: quoteAt("Kirby"),
  cue: "said",
  cueSpan: quoteAt("said"),
  direct: "direct",
  ...overrides,
});

describe("toCandidates", () => {
  it("stores the quote and the context a claim keeps, with the speaker, mention and cue", () => {
    const [candidate] = toCandidates(TEXT, [detected()]);
    expect(candidate).toMatchObject({
      kind: "attributed",
      quote: "We will watch closely",
      prefix: "“",
      suffix: TEXT.slice(quoteAt("We will watch closely").end).slice(0, 32),
      speakerName: "John Kirby",
      speakerKind: "person",
      speakerDescription: "NSC coordinator",
      mentionStart: TEXT.indexOf("Kirby"),
      cue: "said",
      cueStart: TEXT.indexOf("said"),
      direct: "direct",
    });
  });

  it.each([
    ["an empty span", { start: 5, end: 5 }],
    ["a span past the text", { start: 10, end: TEXT.length + 1 }],
    ["a negative start", { start: -1, end: 4 }],
    ["a span of whitespace only", { start: TEXT.indexOf(" The"), end: TEXT.indexOf(" The") + 1 }],
  ])("drops a finding with %s", (_what, span) => {
    expect(toCandidates(TEXT, [detected(span)])).toEqual([]);
  });

  it("leaves out a mention or cue span that is not a span of the text, keeping the finding", () => {
    const [candidate] = toCandidates(TEXT, [detected({ speakerMention: { start: 3, end: 2 }, cueSpan: { start: 0, end: 999 } })]);
    expect(candidate).toMatchObject({ mentionStart: null, mentionEnd: null, cueStart: null, cueEnd: null, cue: "said" });
  });

  it("gives a reporter statement no speaker, and holds long fields to a claim's limits", () => {
    const [reporter] = toCandidates(TEXT, [detected({ kind: "reporter", ...quoteAt("The council warned of risks"), cue: null, cueSpan: null, direct: null })]);
    expect(reporter).toMatchObject({ kind: "reporter", speakerName: null, speakerKind: null, speakerId: null });
    const [long] = toCandidates(TEXT, [detected({ cue: `  ${"x".repeat(150)} `, speaker: { name: "N".repeat(300), kind: "organization", description: "   ", speakerId: null } })]);
    expect(long?.cue).toHaveLength(100);
    expect(long?.speakerName).toHaveLength(200);
    expect(long?.speakerDescription).toBeNull();
  });

  it("keeps exactly the findings that are spans of the text, with text.slice(start, end) === quote (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: "grapheme" }), fc.array(fc.tuple(fc.integer({ min: -5, max: 70 }), fc.integer({ min: -5, max: 70 })), { maxLength: 8 }), (text, spans) => {
        const findings = spans.map(([start, end]) => detected({ start, end, speakerMention: null, cueSpan: null }));
        for (const c of toCandidates(text, findings)) {
          expect(text.slice(c.start, c.end)).toBe(c.quote);
          expect(c.quote.trim()).not.toBe("");
          expect(text.slice(Math.max(0, c.start - c.prefix.length), c.start)).toBe(c.prefix);
          expect(c.prefix.length).toBeLessThanOrEqual(32);
        }
      }),
    );
  });
});

describe("sameSuggestion and freshCandidates", () => {
  const [base] = toCandidates(TEXT, [detected()]) as [SuggestionCandidate];

  it("recognises a suggestion at the same place, or between the same context after it moved", () => {
    expect(sameSuggestion(base, { ...base })).toBe(true);
    expect(sameSuggestion(base, { ...base, start: base.start + 10, end: base.end + 10 })).toBe(true);
    expect(sameSuggestion(base, { ...base, start: null, end: null })).toBe(true);
    expect(sameSuggestion(base, { ...base, start: base.start + 10, end: base.end + 10, prefix: "other " })).toBe(false);
    expect(sameSuggestion(base, { ...base, kind: "reporter" })).toBe(false);
    expect(sameSuggestion(base, { ...base, quote: "We will watch" })).toBe(false);
  });

  it("never proposes again what was decided, nor a claim's own span, nor one span twice", () => {
    const other = { ...base, ...quoteAt("The council warned of risks"), quote: "The council warned of risks", prefix: "said. ", suffix: "." };
    expect(freshCandidates([base, other, base], [], [])).toEqual([base, other]);
    expect(freshCandidates([base, other], [{ ...base, start: null, end: null }], [])).toEqual([other]);
    expect(freshCandidates([base, other], [], [{ kind: "attributed", start: base.start, end: base.end }])).toEqual([other]);
    // A reporter statement over the same words as an attributed claim is another suggestion.
    expect(freshCandidates([base], [], [{ kind: "reporter", start: base.start, end: base.end }])).toEqual([base]);
  });
});
