import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownFormatting } from "./markdown-formatting";
import { formattingProblems, isSafeHref } from "./formatting";
import { markdownToText } from "../text/markdown";
import { normaliseText } from "../text/normalise";

const canonical = (md: string) => normaliseText(markdownToText(md));
const shown = (md: string) => {
  const text = canonical(md);
  return markdownFormatting(md, text).map((f) => `${f.type}${f.level ?? ""}:${text.slice(f.start, f.end)}${f.href ? ` ${f.href}` : ""}`);
};

describe("markdownFormatting", () => {
  it("keeps headings, emphasis, code, links and quotes as ranges over the text markdownToText gives", () => {
    const md = "# Kirby warns\n\nRussia may **arm Iran**, *officials* said, per [the NSC](https://example.org/nsc) and `code`.\n\n> We will watch.\n\n- one\n- two";
    expect(canonical(md)).toBe("Kirby warns\n\nRussia may arm Iran, officials said, per the NSC and code.\n\nWe will watch.\n\n- one\n- two");
    expect(shown(md)).toEqual(["heading1:Kirby warns", "bold:arm Iran", "italic:officials", "link:the NSC https://example.org/nsc", "code:code", "blockquote:We will watch."]);
  });

  it("drops links that are not http(s), and never reads the author's own HTML as markup", () => {
    expect(shown("[x](javascript:alert(1)) <b onclick=\"y\">bold</b>")).toEqual([]);
  });

  it("answers valid ranges for any Markdown", () => {
    const piece = fc.constantFrom("# ", "**", "*", "_", "`", "[a](https://x.example/)", "> ", "- ", "\n", "\n\n", "word", " ", "é", "😀", "<b>", "~~");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const md = pieces.join("");
        const text = canonical(md);
        const ranges = markdownFormatting(md, text);
        expect(formattingProblems(text, ranges)).toEqual([]);
        for (const r of ranges) if (r.href) expect(isSafeHref(r.href)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
