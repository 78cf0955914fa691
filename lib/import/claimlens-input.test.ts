import { describe, expect, it } from "vitest";
import { buildArticleDocument } from "../export/claimlens-document";
import { formatPath, parseClaimlensDocument } from "./claimlens-input";
import { sampleCorpus } from "./import-fixtures";

const pathsOf = (input: unknown) => parseClaimlensDocument(input).issues.map((i) => i.path);

describe("parseClaimlensDocument", () => {
  it("reads a corpus into articles with their paths", () => {
    const corpus = sampleCorpus();
    const { document, issues } = parseClaimlensDocument(corpus);
    expect(issues).toEqual([]);
    expect(document?.shape).toBe("corpus");
    expect(document?.articles.map((a) => a.path)).toEqual(["articles[0]", "articles[1]"]);
    expect(document?.articles[1]?.claims.map((c) => c.path)).toEqual(["articles[1].claims[0]", "articles[1].claims[1]"]);
    expect(document?.speakers.map((s) => s.path)).toEqual(["speakers[0]", "speakers[1]"]);
    expect(document?.articles[0]?.claims[0]?.quote).toBe(corpus.articles[0]?.claims[0]?.quote);
  });

  it("reads a per-article document as one article", () => {
    const corpus = sampleCorpus();
    const { claims, ...article } = corpus.articles[0]!;
    const single = buildArticleDocument({ ...article, revision: 1, createdAt: article.createdAt!, updatedAt: article.updatedAt! }, claims, corpus.speakers);
    const { document } = parseClaimlensDocument(JSON.parse(JSON.stringify(single)));
    expect(document?.shape).toBe("article");
    expect(document?.articles[0]?.path).toBe("article");
    expect(document?.articles[0]?.claims.map((c) => c.path)).toEqual(["claims[0]", "claims[1]"]);
    expect(document?.speakers).toHaveLength(1);
  });

  it.each([
    ["not an object", [], "(document)"],
    ["another format", { format: "hypothesis/1", articles: [] }, "format"],
    ["neither shape", { format: "claimlens/1", exportedAt: "2024-05-01T09:30:00.000Z", speakers: [] }, "(document)"],
  ])("refuses %s", (_name, input, path) => {
    expect(pathsOf(input)).toEqual([path]);
  });

  it("reports every structural problem with its path in the document", () => {
    const corpus = sampleCorpus() as any;
    corpus.articles[1].claims[0].end = "12";
    corpus.articles[1].claims[1].kind = "rumour";
    corpus.articles[0].claims[0].confidence = "certain";
    delete corpus.articles[0].text;
    corpus.articles[0].colour = "red";
    corpus.speakers[1].kind = "robot";
    const { document, issues } = parseClaimlensDocument(corpus);
    expect(document).toBeNull();
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: "articles[1].claims[0].end", message: "must be a whole number" },
        { path: "articles[1].claims[1].kind", message: "must be attributed or reporter" },
        { path: "articles[0].claims[0].confidence", message: "must be low, moderate or high" },
        { path: "articles[0].text", message: "is missing" },
        { path: "articles[0]", message: "has a field this format does not define: colour" },
        { path: "speakers[1].kind", message: "must be one of person, organization, unnamed_source" },
      ]),
    );
    expect(issues).toHaveLength(6);
  });

  it("keeps text exactly as written, checking only its limits", () => {
    const corpus = sampleCorpus();
    corpus.articles[0]!.claims[0]!.cue = "  said ";
    corpus.articles[0]!.claims[0]!.note = "";
    const claim = parseClaimlensDocument(corpus).document?.articles[0]?.claims[0];
    expect(claim?.cue).toBe("  said ");
    expect(claim?.note).toBe("");
    corpus.articles[0]!.claims[0]!.cue = "x".repeat(101);
    corpus.speakers[0]!.name = "   ";
    expect(parseClaimlensDocument(corpus).issues).toEqual([
      { path: "speakers[0].name", message: "cannot be empty" },
      { path: "articles[0].claims[0].cue", message: "is longer than 100 characters" },
    ]);
  });

  it("reads an older document's claims as anchored, and an orphan's missing offsets as null", () => {
    const corpus = sampleCorpus() as any;
    for (const key of ["status", "revision", "fuzzy"]) delete corpus.articles[0].claims[0][key];
    delete corpus.articles[0].revision;
    Object.assign(corpus.articles[0].claims[1], { start: null, end: null, status: "orphaned", revision: 7 });
    corpus.articles[1].claims[0].fuzzy = { score: 0.8, oldQuote: "talks could resume" };
    const { document, issues } = parseClaimlensDocument(corpus);
    expect(issues).toEqual([]);
    const [first, second] = document?.articles[0]?.claims ?? [];
    expect(first).toMatchObject({ status: "anchored", fuzzy: null });
    expect(second).toMatchObject({ status: "orphaned", start: null, end: null });
    // Revision numbers belong to the installation that wrote the document: they are not read.
    expect(second).not.toHaveProperty("revision");
    expect(document?.articles[0]).not.toHaveProperty("revision");
    expect(document?.articles[1]?.claims[0]?.fuzzy).toEqual({ score: 0.8, oldQuote: "talks could resume" });
  });

  it("refuses an unknown status and a fuzzy score out of range", () => {
    const corpus = sampleCorpus() as any;
    corpus.articles[0].claims[0].status = "lost";
    corpus.articles[0].claims[1].fuzzy = { score: 2, oldQuote: "x" };
    expect(parseClaimlensDocument(corpus).issues).toEqual([
      { path: "articles[0].claims[0].status", message: "must be anchored or orphaned" },
      { path: "articles[0].claims[1].fuzzy.score", message: "must be from 0 to 1" },
    ]);
  });

  it("formats paths as a reader writes them", () => {
    expect(formatPath(["articles", 3, "claims", 17, "end"])).toBe("articles[3].claims[17].end");
    expect(formatPath([])).toBe("(document)");
  });
});
