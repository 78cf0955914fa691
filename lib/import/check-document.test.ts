import { describe, expect, it } from "vitest";
import type { CorpusDocument } from "../export/claimlens-document";
import { parseClaimlensDocument } from "./claimlens-input";
import { checkDocument } from "./check-document";
import { corpusArticle, KIRBY, orphanOf, sampleCorpus, sha256, testId } from "./import-fixtures";

function issuesOf(corpus: CorpusDocument) {
  const { document, issues } = parseClaimlensDocument(JSON.parse(JSON.stringify(corpus)));
  if (!document) throw new Error(`structure refused: ${JSON.stringify(issues)}`);
  return checkDocument(document);
}

describe("checkDocument", () => {
  it("finds nothing wrong with a valid corpus", () => {
    expect(issuesOf(sampleCorpus())).toEqual([]);
  });

  it("refuses offsets beyond the text, with the text's length", () => {
    const corpus = sampleCorpus();
    const article = corpus.articles[1]!;
    article.claims[1]!.end = article.text.length + 5;
    expect(issuesOf(corpus)).toEqual([{ path: "articles[1].claims[1].end", message: `beyond the text (length ${article.text.length})` }]);
  });

  it("refuses a start beyond the text and an end before the start", () => {
    const corpus = sampleCorpus();
    const claim = corpus.articles[0]!.claims[1]!;
    claim.start = 500;
    claim.end = 400;
    const paths = issuesOf(corpus).map((i) => `${i.path}: ${i.message}`);
    expect(paths).toContain(`articles[0].claims[1].start: beyond the text (length ${corpus.articles[0]!.text.length})`);
    expect(paths).toContain("articles[0].claims[1].end: must be greater than start (500)");
  });

  it("refuses a quote that is not the text between the offsets", () => {
    const corpus = sampleCorpus();
    corpus.articles[0]!.claims[1]!.quote = "Officials agreed";
    const [issue] = issuesOf(corpus);
    expect(issue?.path).toBe("articles[0].claims[1].quote");
    expect(issue?.message).toContain("“Officials disagreed”");
  });

  it("refuses an offset inside an emoji", () => {
    const corpus = sampleCorpus();
    const claim = corpus.articles[0]!.claims[0]!;
    const emoji = corpus.articles[0]!.text.indexOf("😀");
    claim.end = emoji + 1;
    claim.quote = corpus.articles[0]!.text.slice(claim.start ?? 0, claim.end);
    expect(issuesOf(corpus).map((i) => i.path)).toEqual(["articles[0].claims[0].end"]);
  });

  it("refuses an attributed claim without a speaker and a reporter statement with one", () => {
    const corpus = sampleCorpus();
    corpus.articles[0]!.claims[0]!.speaker = null;
    corpus.articles[0]!.claims[1]!.speaker = KIRBY;
    expect(issuesOf(corpus)).toEqual([
      { path: "articles[0].claims[0].speaker", message: "is required for an attributed claim" },
      { path: "articles[0].claims[1].speaker", message: "must be null for a reporter statement" },
    ]);
  });

  it("refuses a text that was edited after export, or is not canonical", () => {
    const corpus = sampleCorpus();
    corpus.articles[0]!.textSha256 = sha256("something else");
    corpus.articles[1]!.text = corpus.articles[1]!.text.replace(". ", ".\r\n");
    corpus.articles[1]!.textSha256 = sha256(corpus.articles[1]!.text);
    expect(issuesOf(corpus).map((i) => i.path)).toEqual(["articles[0].textSha256", "articles[1].text"]);
  });

  it("refuses ids used twice", () => {
    const corpus = sampleCorpus();
    corpus.articles[1]!.claims[0]!.id = corpus.articles[0]!.claims[0]!.id;
    corpus.articles.push({ ...corpus.articles[0]!, claims: [] });
    corpus.speakers.push({ ...corpus.speakers[0]!, name: "Someone else", aliases: [] });
    expect(issuesOf(corpus)).toEqual(
      expect.arrayContaining([
        { path: "articles[1].claims[0].id", message: "is used twice (also by articles[0].claims[0])" },
        { path: "articles[2].id", message: "is used twice (also by articles[0])" },
        { path: "speakers[2].id", message: "is used twice (also by speakers[0])" },
      ]),
    );
  });

  it("refuses two speakers sharing a name or alias, ignoring case", () => {
    const corpus = sampleCorpus();
    corpus.speakers.push({ id: testId(), name: "KIRBY", kind: "person", description: null, aliases: [] });
    const [issue] = issuesOf(corpus);
    expect(issue?.path).toBe("speakers[2]");
    expect(issue?.message).toContain("speakers[0] (John Kirby)");
  });

  it("refuses a claim listed under one article that names another", () => {
    const corpus = sampleCorpus();
    corpus.articles[1]!.claims[1]!.articleId = corpus.articles[0]!.id;
    expect(issuesOf(corpus).map((i) => i.path)).toEqual(["articles[1].claims[1].articleId"]);
  });

  it("accepts an orphaned claim whose old quote is not in the text", () => {
    const corpus = sampleCorpus();
    const article = corpus.articles[0]!;
    article.claims[1] = orphanOf(article.claims[1]!, { quote: "Officials objected loudly", prefix: "Kirby said. ", suffix: "" });
    expect(issuesOf(corpus)).toEqual([]);
  });

  it("refuses offsets on an orphaned claim, none on an anchored one, and an orphan marked fuzzy", () => {
    const corpus = sampleCorpus();
    const [first, second] = corpus.articles[0]!.claims;
    corpus.articles[0]!.claims[0] = { ...first!, start: null };
    corpus.articles[0]!.claims[1] = { ...orphanOf(second!, { quote: "  ", prefix: "x".repeat(33) }), end: 5, fuzzy: { score: 0.9, oldQuote: "Officials" } };
    expect(issuesOf(corpus)).toEqual([
      { path: "articles[0].claims[0].start", message: 'is required: only a claim with "status": "orphaned" has no offsets' },
      { path: "articles[0].claims[1].end", message: "must be null for an orphaned claim" },
      { path: "articles[0].claims[1].fuzzy", message: "must be null for an orphaned claim" },
      { path: "articles[0].claims[1].quote", message: "holds only whitespace" },
      { path: "articles[0].claims[1].prefix", message: "is longer than 32 characters" },
    ]);
  });

  it("checks texts over 2 MB by size before anything else", () => {
    const text = "Words. ".repeat(400_000).trim();
    const corpus = sampleCorpus();
    corpus.articles.push(corpusArticle(text, [{ quote: "Words" }]));
    expect(issuesOf(corpus)).toEqual([{ path: "articles[2].text", message: expect.stringContaining("2 MB at most") }]);
  });
});
