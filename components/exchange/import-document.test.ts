import { describe, expect, it } from "vitest";
import type { ImportReport } from "@/lib/import/import-report";
import { emptyReport } from "@/lib/import/import-report";
import { articleOutcomeLabel, checkDocumentFile, checkDocumentText, previewSentence, refusedLabel, refusedMessage, resultSentence, wouldChange } from "./import-document";

/** A report with the summary counts given, the rest zero. */
function report(summary: {
  articles?: Partial<ImportReport["summary"]["articles"]>;
  claims?: Partial<ImportReport["summary"]["claims"]>;
  speakers?: Partial<ImportReport["summary"]["speakers"]>;
  reanchored?: Partial<ImportReport["summary"]["reanchored"]>;
}, extra: Partial<ImportReport> = {}): ImportReport {
  const base = emptyReport(true, []);
  return {
    ...base,
    ...extra,
    summary: {
      articles: { ...base.summary.articles, ...summary.articles },
      claims: { ...base.summary.claims, ...summary.claims },
      speakers: { ...base.summary.speakers, ...summary.speakers },
      reanchored: { ...base.summary.reanchored, ...summary.reanchored },
    },
  };
}

describe("checkDocumentFile", () => {
  it("leaves a file up to 50 MB to its content, whatever its name", () => {
    expect(checkDocumentFile({ name: "corpus.claimlens.json", size: 1000 })).toBeNull();
    expect(checkDocumentFile({ name: "BACKUP.JSON", size: 50 * 1024 * 1024 })).toBeNull();
    expect(checkDocumentFile({ name: "backup", size: 10 })).toBeNull();
  });

  it("refuses the other exports, larger files and empty ones up front, in plain words", () => {
    expect(checkDocumentFile({ name: "claims.csv", size: 10 })).toEqual({
      ok: false,
      message: "“claims.csv” is a CSV export, which cannot be imported: only Claimlens JSON files can (.claimlens.json).",
    });
    expect(checkDocumentFile({ name: "claims.jsonl", size: 10 })).toMatchObject({ message: expect.stringMatching(/JSON Lines export/) });
    expect(checkDocumentFile({ name: "x.annotations.jsonld", size: 10 })).toMatchObject({ message: expect.stringMatching(/W3C Web Annotation/) });
    expect(checkDocumentFile({ name: "big.json", size: 60 * 1024 * 1024 })).toMatchObject({
      message: "“big.json” is 60 MB; the library imports documents up to 50 MB. Import it from the command line instead: npm run import -- big.json",
    });
    expect(checkDocumentFile({ name: "empty.json", size: 0 })).toMatchObject({ message: expect.stringMatching(/is empty/) });
  });
});

describe("checkDocumentText", () => {
  it("accepts a claimlens/1 document", () => {
    const text = JSON.stringify({ format: "claimlens/1", articles: [] });
    expect(checkDocumentText("a.json", text)).toEqual({ ok: true, text });
  });

  it("refuses text that is not JSON, a W3C collection and another format", () => {
    expect(checkDocumentText("a.json", '{"format": "claimlens/1",')).toMatchObject({ message: expect.stringMatching(/is not valid JSON/) });
    expect(checkDocumentText("notes.txt", "hello")).toMatchObject({ message: "“notes.txt” is not a JSON file. Choose a Claimlens JSON export, whose name ends in .claimlens.json." });
    expect(checkDocumentText("a.json", '{"@context": "http://www.w3.org/ns/anno.jsonld"}')).toMatchObject({ message: expect.stringMatching(/W3C/) });
    expect(checkDocumentText("a.json", '{"format": "claimlens/2"}')).toMatchObject({ message: expect.stringMatching(/format “claimlens\/2”/) });
    expect(checkDocumentText("a.json", "[1, 2]")).toMatchObject({ message: expect.stringMatching(/not a Claimlens export/) });
  });
});

describe("previewSentence", () => {
  it("says what will be created, merged and refused", () => {
    const r = report({ articles: { created: 2, merged: 1 }, claims: { created: 14 }, speakers: { created: 3 } });
    expect(previewSentence(r)).toBe("Will create 2 articles, 14 claims, 3 speakers; merge 1 article; 0 refused.");
  });

  it("mentions updated claims and added aliases only when there are some", () => {
    const r = report({ articles: { merged: 1, refused: 1 }, claims: { updated: 2 }, speakers: { aliasesAdded: 1 } });
    expect(previewSentence(r)).toBe("Will create 0 articles, 0 claims, 0 speakers; merge 1 article; update 2 claims; add 1 alias; 1 refused.");
  });

  it("says whose text would change and what would become of its claims", () => {
    const r = report({ articles: { revised: 1 }, reanchored: { moved: 12, orphaned: 1 } });
    expect(wouldChange(r)).toBe(true);
    expect(previewSentence(r)).toBe(
      "Will create 0 articles, 0 claims, 0 speakers; merge 0 articles; 0 refused. 1 article's text would be updated: 12 claims would move, 1 would be orphaned.",
    );
  });

  it("says when everything is already here", () => {
    const r = report({ articles: { unchanged: 1 }, claims: { unchanged: 2 }, speakers: { matched: 1 } });
    expect(wouldChange(r)).toBe(false);
    expect(previewSentence(r)).toBe("Nothing to import: this file’s 1 article and 2 claims are already here, unchanged.");
    expect(previewSentence(report({ articles: { unchanged: 1 } }))).toBe("Nothing to import: this file’s 1 article is already here, unchanged.");
    expect(previewSentence(report({}))).toBe("Nothing to import: the file holds no articles.");
  });
});

describe("resultSentence", () => {
  it("says what was imported", () => {
    const r = report({ articles: { created: 2, merged: 1 }, claims: { created: 14 }, speakers: { created: 3 } }, { changed: true });
    expect(resultSentence(r)).toBe("Imported 2 articles, 14 claims and 3 speakers; merged 1 article.");
    expect(resultSentence(report({ articles: { merged: 1 }, claims: { updated: 1 } }, { changed: true }))).toBe("Merged 1 article; updated 1 claim.");
    expect(resultSentence(report({ articles: { unchanged: 1 } }))).toBe("Nothing changed: everything in the file was already here.");
  });

  it("says whose text was updated", () => {
    const r = report({ articles: { revised: 1 }, reanchored: { moved: 12, orphaned: 1 } }, { changed: true });
    expect(resultSentence(r)).toBe("1 article's text was updated: 12 claims moved, 1 orphaned.");
    const more = report({ articles: { revised: 2 }, claims: { created: 1 }, reanchored: { exact: 3, fuzzy: 1 } }, { changed: true });
    expect(resultSentence(more)).toBe("Imported 1 claim. 2 articles' texts were updated: 3 claims stayed in place, 1 matched only approximately (to check).");
  });
});

describe("articleOutcomeLabel", () => {
  it("describes each outcome", () => {
    const base = { path: "articles[0]", id: "a", title: "T", claims: { created: 0, updated: 0, unchanged: 0 } };
    expect(articleOutcomeLabel({ ...base, outcome: "created", claims: { created: 3, updated: 0, unchanged: 0 } })).toBe("new, 3 claims");
    expect(articleOutcomeLabel({ ...base, outcome: "merged", claims: { created: 1, updated: 2, unchanged: 4 } })).toBe(
      "1 new claim, 2 updated claims and 4 unchanged",
    );
    expect(articleOutcomeLabel({ ...base, outcome: "unchanged", claims: { created: 0, updated: 0, unchanged: 2 } })).toBe(
      "already here, 2 claims unchanged",
    );
    expect(articleOutcomeLabel({ ...base, outcome: "refused", reason: "Different text." })).toBe("refused: Different text.");
    const revised = { ...base, outcome: "revised" as const, reanchored: { exact: 0, moved: 2, fuzzy: 0, orphaned: 1 } };
    expect(articleOutcomeLabel(revised)).toBe("text would be updated: 2 claims would move, 1 would be orphaned");
    expect(articleOutcomeLabel({ ...revised, claims: { created: 1, updated: 0, unchanged: 3 } }, false)).toBe("text updated: 2 claims moved, 1 orphaned; 1 new claim");
  });
});

describe("refused claims", () => {
  const refused = [
    { path: "claims[0]", id: "c1", articleTitle: "Talks stall", owner: { id: "u1", name: "Ana Analyst" }, message: "…" },
    { path: "claims[1]", id: "c2", articleTitle: "Talks stall", owner: null, message: "…" },
  ];

  it("says why nothing can be imported and what to do", () => {
    expect(refusedMessage("talks.json", refused)).toBe(
      "Nothing can be imported from “talks.json”: it changes 2 claims someone else tagged. Only a claim's author or an administrator may change it: remove these claims from the file, or ask an administrator to import it.",
    );
  });

  it("names whose each claim is", () => {
    expect(refused.map(refusedLabel)).toEqual(["in “Talks stall”: Ana Analyst's claim", "in “Talks stall”: a claim from before accounts existed"]);
  });
});
