import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown";
import { normaliseText } from "./normalise";

/** What the analyst annotates: Markdown reduced to text, then put in canonical form. */
const canonical = (markdown: string) => normaliseText(markdownToText(markdown));

describe("markdownToText", () => {
  it.each([
    ["ATX headings lose their hashes", "# Heading\n\n## Closing hashes ##\n\nBody", "Heading\n\nClosing hashes\n\nBody"],
    ["setext underlines go", "Title\n=====\n\nSub\n---\n\nPara", "Title\n\nSub\n\nPara"],
    ["thematic breaks go", "One\n\n***\n\nTwo\n\n___\n\nThree", "One\n\nTwo\n\nThree"],
    ["emphasis and strong keep their words", "Some *emphasis*, **strong**, _under_ and __dunder__.", "Some emphasis, strong, under and dunder."],
    ["strikethrough keeps its words", "~~struck~~ text", "struck text"],
    ["links keep their text", "A [link](https://example.com \"title\") here.", "A link here."],
    ["reference links keep their text", "See [the report][1].\n\n[1]: https://example.com/report", "See the report."],
    ["images keep their alt text", "![Putin and Khamenei in Tehran](photo.jpg)", "Putin and Khamenei in Tehran"],
    ["block quotes lose their markers", "> quoted line\n> > nested", "quoted line\nnested"],
    ["bullets become hyphens, numbers stay", "* one\n+ two\n- three\n1. four", "- one\n- two\n- three\n1. four"],
    ["code spans keep their text", "Use `npm start` here.", "Use npm start here."],
    ["fenced code is kept verbatim", "```js\nconst x = *1*;\n```\nafter", "const x = *1*;\nafter"],
    ["tilde fences too", "~~~\n# not a heading\n~~~", "# not a heading"],
    ["raw HTML tags are dropped", "<p>Raw <b>HTML</b></p> kept", "Raw HTML kept"],
    ["HTML comments are dropped, even across lines", "before <!-- a\ncomment --> after", "before  after"],
    ["named entities are decoded", "Tom &amp; Jerry &lt;3 &quot;hi&quot; &apos;yo&apos;", "Tom & Jerry <3 \"hi\" 'yo'"],
    ["numeric entities are decoded", "caf&#233; &#x263A;", "café ☺"],
    ["unknown and unsafe entities are left alone", "&bogus; &#0; &#xD800; &#x110000;", "&bogus; &#0; &#xD800; &#x110000;"],
    ["an entity for a tag stays text", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"],
    ["escaped punctuation is literal, not emphasis", "Escaped \\*not emphasis\\* and \\_x\\_", "Escaped *not emphasis* and _x_"],
    ["an escaped hash is not a heading", "\\# not a heading", "# not a heading"],
    ["escaped brackets are not a link", "\\[not a link\\](x)", "[not a link](x)"],
    ["snake_case and arithmetic are not emphasis", "snake_case_word and 2*3*4 and a * b", "snake_case_word and 2*3*4 and a * b"],
    ["CRLF line endings", "line one\r\nline two", "line one\nline two"],
    ["typographic quotes and emoji pass through", "“We’re going” 😀", "“We’re going” 😀"],
  ])("%s", (_name, markdown, expected) => {
    expect(canonical(markdown)).toBe(expected);
  });

  it("leaves plain prose untouched", () => {
    const prose = "Russia could provide either Iran or Hezbollah, a U.S.-designated terrorist organization, with air defense.";
    expect(markdownToText(prose)).toBe(prose);
  });

  it("keeps one output line per input line when there are no fences, comments or link definitions", () => {
    const lines = fc.array(fc.stringMatching(/^[A-Za-z0-9 ,.*_#>=\-]{0,30}$/), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(lines, (ls) => {
        expect(markdownToText(ls.join("\n")).split("\n")).toHaveLength(ls.length);
      }),
    );
  });

  it("never produces HTML tags from tag markup", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        expect(markdownToText(`<b>${s.replace(/[<>&]/g, "")}</b>`)).not.toMatch(/<\/?b>/);
      }),
    );
  });
});
