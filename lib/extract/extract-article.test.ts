import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";
import { normaliseText } from "../text/normalise";

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name), "utf8");
const slice = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

describe("extractArticle", () => {
  it("reads a news article: JSON-LD metadata first, the text without page furniture, its structure as ranges", () => {
    const a = extractArticle(fixture("news-jsonld.html"), "https://example.org/news/kirby?x=1");
    expect(a).toMatchObject({
      title: "Kirby warns on air defense",
      byline: "Mike Brest",
      siteName: "Washington Examiner",
      publishedAt: "2023-11-21T18:54:00.000Z",
      modifiedAt: "2023-11-21T19:41:00.000Z",
      language: "en",
      canonicalUrl: "https://example.org/news/kirby",
    });
    expect(a.text).toBe(normaliseText(a.text));
    expect(a.text.startsWith("Russia could provide")).toBe(true); // the repeated headline went
    expect(a.text).not.toMatch(/Home|Share this|Leave a Reply|evil|color:red|Kirby at the White House/);
    const of = (type: string) => a.formatting.filter((f) => f.type === type).map((f) => slice(a.text, f));
    expect(of("bold")).toEqual(["U.S. National Security Council"]);
    expect(of("italic")).toEqual(["he added"]);
    expect(of("heading")).toEqual(["Background"]);
    expect(of("listItem")).toEqual(["Leaders in Moscow and Tehran have grown close over the last two years.", "Iran hosted Russian Defense Minister Sergei Shoigu in September."]);
    expect(of("blockquote")[0]).toMatch(/^Russia has been offering Tehran/);
    expect(a.formatting.filter((f) => f.type === "link")).toEqual([expect.objectContaining({ href: "https://example.org/nsc" })]);
    expect(a.removed.map((r) => [r.reason, r.text])).toEqual(
      expect.arrayContaining([
        ["navigation", "Home World"],
        ["caption", "John Kirby at the White House. (AP Photo)"],
        ["share buttons", "Share this"],
        ["comments", "Great article, thanks for sharing this with all of us here today!"],
        ["page footer", "© 2023 Example News"],
      ]),
    );
  });

  it("places each removed part at a paragraph boundary of the text, in page order", () => {
    const a = extractArticle(fixture("news-jsonld.html"), "https://example.org/");
    const boundaries = new Set([0, a.text.length, ...[...a.text.matchAll(/\n\n/g)].map((m) => m.index)]);
    for (const r of a.removed) expect(boundaries.has(r.at)).toBe(true);
    expect(a.removed.map((r) => r.at)).toEqual([...a.removed.map((r) => r.at)].sort((x, y) => x - y));
    expect(a.removed.find((r) => r.reason === "caption")?.at).toBe(0);
    expect(a.removed.find((r) => r.reason === "share buttons")?.at).toBe(a.text.length);
  });

  it("reads a blog post without its comments, and meta tags when there is neither JSON-LD nor OpenGraph", () => {
    const a = extractArticle(fixture("blog-comments.html"), "https://blog.example/2024/03/kyiv");
    expect(a).toMatchObject({ byline: "Olena Petrenko", publishedAt: "2024-03-02T00:00:00.000Z", language: "en-GB", siteName: null });
    expect(a.text).toMatch(/^The air raid sirens/);
    expect(a.text).not.toMatch(/Stay safe|Leave a Reply|Your email|SCRIPT-TEXT|Twitter/);
    expect(a.formatting.filter((f) => f.type === "orderedList").map((f) => slice(a.text, f))).toEqual(["Two drones were shot down.\n\nNo injuries were reported."]);
    expect(a.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(["comments", "share buttons"]));
  });

  it("reads OpenGraph when it is all the page has, and ignores an author that is an address", () => {
    const a = extractArticle(fixture("og-only.html"), "https://harbour.example/x");
    expect(a).toMatchObject({
      title: "Port strike enters its second week",
      siteName: "Harbour Times",
      canonicalUrl: "https://harbour.example/strike-week-two",
      language: "fr-FR",
      publishedAt: "2024-05-10T06:00:00.000Z",
      modifiedAt: "2024-05-11T08:30:00.000Z",
    });
    expect(a.byline).toBeNull();
    expect(a.text.split("\n\n")).toHaveLength(3);
  });

  it("keeps only http and https links, resolved against the page's address", () => {
    const a = extractArticle('<p>See <a href="/a">here</a>, <a href="javascript:alert(1)">there</a>, <a href="data:text/html,x">this</a> and <a href="mailto:x@y">me</a>.</p>', "https://news.example/story");
    expect(a.formatting).toEqual([{ type: "link", start: 4, end: 8, href: "https://news.example/a" }]);
    expect(a.text).toBe("See here, there, this and me.");
  });

  it("answers an empty article for a page with no words, plain text as one paragraph per block", () => {
    expect(extractArticle("").text).toBe("");
    expect(extractArticle("<script>alert(1)</script>").text).toBe("");
    expect(extractArticle("just words\n\nand more").text).toBe("just words and more");
    expect(extractArticle("<p>one<br>two</p><p>three</p>").text).toBe("one\ntwo\n\nthree");
  });
});
