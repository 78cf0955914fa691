import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";
import { FORMATTING_TYPES, formattingProblems, isSafeHref } from "./formatting";
import { normaliseText } from "../text/normalise";

const TAGS = ["p", "div", "b", "strong", "i", "em", "a", "h1", "h3", "ul", "ol", "li", "blockquote", "br", "span", "script", "style", "figure", "figcaption", "pre", "code", "nav", "table", "td", "form", "textarea", "button"];
const WORDS = ["Kirby", "said", "Iran", "é", "e\u0301", "🙂", "  ", "\n", "\t", "&amp;", "&lt;script&gt;", "\u00a0", "\u0000", "\r\n", "“quote”", ">", "&", "< "];
const ATTRS = ['href="https://ok.example/x"', 'href="javascript:alert(1)"', 'href="/rel"', 'onclick="LEAKED_HANDLER()"', 'style="x"', 'class="comment"', "hidden", 'href="data:text/html,<b>"'];

/** Random, often malformed HTML: nested tags with attributes, words, stray brackets, scripts with marker text. */
const html: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...WORDS),
    // A stray "<" right before a tag makes one tag of both (as in a browser), so random strings have none.
    fc.string({ maxLength: 12 }).map((s) => s.replace(/</g, "‹")),
    fc.constant("<script>LEAKED_SCRIPT()</script>"),
    fc.constant("<style>LEAKED_STYLE{}</style>"),
    fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom("", ...ATTRS), tie("nodes"), fc.boolean()).map(([t, a, inner, close]) => `<${t} ${a}>${inner}${close ? `</${t}>` : ""}`),
  ),
  nodes: fc.array(tie("node"), { maxLength: 5 }).map((xs) => xs.join("")),
})).nodes;

describe("extractArticle properties", () => {
  it("never throws, answers canonical text with consistent, in-bounds ranges and only safe links, and leaks no script", () => {
    fc.assert(
      fc.property(html, (page) => {
        const a = extractArticle(page, "https://base.example/page");
        expect(a.text).toBe(normaliseText(a.text));
        expect(formattingProblems(a.text, a.formatting)).toEqual([]);
        for (const f of a.formatting) {
          expect(FORMATTING_TYPES).toContain(f.type);
          if (f.href !== undefined) expect(isSafeHref(f.href)).toBe(true);
          // Ranges neither start nor end on whitespace.
          expect(a.text[f.start]).toMatch(/\S/);
          expect(a.text[f.end - 1]).toMatch(/\S/);
        }
        expect(a.text).not.toMatch(/LEAKED_|javascript:/);
        for (const r of a.removed) {
          expect(r.text).not.toMatch(/LEAKED_SCRIPT|LEAKED_STYLE|LEAKED_HANDLER/);
          expect(r.at).toBeGreaterThanOrEqual(0);
          expect(r.at).toBeLessThanOrEqual(a.text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
