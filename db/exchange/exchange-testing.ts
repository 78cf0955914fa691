import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import type { Executor } from "../client";
import { createArticle } from "../articles/articles";
import { replaceArticleText } from "../articles/article-text";
import { createClaim, updateClaim } from "../claims/claims";
import { exportArticle } from "./export";
import { SAMPLE_ARTICLE } from "../articles/sample";
import { articleRevisions } from "../schema";
import { createSpeaker } from "../speakers/speakers";
import type { ClaimCreateInput } from "../../lib/schemas";
import type { ArticleDto } from "../../lib/model";
import type { ArticleDocument } from "../../lib/export/claimlens-document";
import { editText, orphanOf, placeClaim, sha256, testId } from "../../lib/import/import-fixtures";

/**
 * A small corpus made through the domain layer, for the export and import tests: three articles (one without
 * claims), three speakers (one never cited), claims of every kind and confidence, an emoji, a flag and curly
 * quotes, and a claim edited once (version 2).
 */
export const CORPUS_TEXTS = [
  "“The plan 😀 is =working,” Kirby said on Tuesday. Officials — unnamed — disagreed. The U.S. National Security Council warned of delays.",
  "In 🇺🇦 Kyiv, the ministry said talks would resume.\n\nNobody came, reporters noted. “We’re hopeful,” Kirby added.",
  "An article nobody has annotated yet.",
];

const at = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return { start, end: start + quote.length };
};

export async function seedCorpus(db: Executor) {
  const [a, b, c] = [
    await createArticle(db, { title: "Air defense warning", text: CORPUS_TEXTS[0] as string, sourceUrl: "https://news.example/air", publishedAt: "2023-11-21", format: "text" }),
    await createArticle(db, { title: "Talks in Kyiv", text: CORPUS_TEXTS[1] as string, sourceUrl: null, publishedAt: null, format: "text" }),
    await createArticle(db, { title: "Untouched", text: CORPUS_TEXTS[2] as string, sourceUrl: null, publishedAt: null, format: "text" }),
  ];
  const kirby = await createSpeaker(db, { name: "John Kirby", kind: "person", description: "NSC spokesman", aliases: ["Kirby", "Adm. Kirby"] });
  const ministry = await createSpeaker(db, { name: "Ukraine's foreign ministry", kind: "organization", description: null, aliases: ["MFA"] });
  const silent = await createSpeaker(db, { name: "Never Cited", kind: "unnamed_source", description: null, aliases: [] });
  const claim = (articleId: string, text: string, quote: string, input: Omit<ClaimCreateInput, "start" | "end">) =>
    createClaim(db, articleId, { ...at(text, quote), ...input });
  const base = { cue: null, note: null } as const;
  const plan = await claim(a!.id, a!.text, "The plan 😀 is =working", { ...base, kind: "attributed", speakerId: kirby.id, cue: "said", confidence: "high", note: "-check, \"this\"" });
  await claim(a!.id, a!.text, "Officials — unnamed — disagreed", { ...base, kind: "reporter", confidence: "low" });
  await claim(a!.id, a!.text, "warned of delays", { ...base, kind: "attributed", speaker: "National Security Council", confidence: "moderate", cue: "warned" });
  await claim(b!.id, b!.text, "talks would resume", { ...base, kind: "attributed", speakerId: ministry.id, cue: "said", confidence: "moderate" });
  await claim(b!.id, b!.text, "Nobody came", { ...base, kind: "reporter", confidence: "high" });
  await claim(b!.id, b!.text, "We’re hopeful", { ...base, kind: "attributed", speaker: "Kirby", confidence: "low", cue: "added" });
  const edited = await updateClaim(db, plan.id, { version: 1, note: "checked twice" });
  return { articles: [a!, b!, c!], speakers: { kirby, ministry, silent }, edited };
}

/**
 * Edits one article of `seedCorpus` so that one of its claims loses its words and is orphaned: "Nobody came"
 * in the Kyiv article, "Officials — unnamed — disagreed" in the first.
 */
export async function orphanOneClaim(db: Executor, article: ArticleDto) {
  const lost = article.text.includes("Nobody came") ? "Nobody came, reporters noted. " : "Officials — unnamed — disagreed. ";
  if (!article.text.includes(lost)) throw new Error(`not in the text: ${lost}`);
  return replaceArticleText(db, article.id, { text: article.text.replace(lost, ""), action: "edit", actor: null });
}

/** The sample article's text as it was edited elsewhere: the byline dropped, a sentence rewritten. */
const EDITS: [string, string][] = [
  ["Posted by on November 21, 2023 2:41 pm\nCategories: News Washington Examiner\n\n", ""],
  [
    "Russia turned to Iran for assistance as its forces continued to fall short of expectations in Ukraine, while Iran",
    "With its forces short of expectations in Ukraine, Moscow sought help from Tehran, while Iran",
  ],
];

/**
 * The sample article here with four claims, and the document another installation would export after making
 * the edits above: each claim re-anchored there (version 2), one of them edited since (version 3), and a new
 * claim on the new words.
 */
export async function sampleArticleEditedElsewhere(db: Executor) {
  const article = await createArticle(db, { title: SAMPLE_ARTICLE.title, text: await readFile(SAMPLE_ARTICLE.file, "utf8"), sourceUrl: null, publishedAt: null, format: "text" });
  const span = (quote: string) => ({ start: article.text.indexOf(quote), end: article.text.indexOf(quote) + quote.length });
  const base = { cue: null, note: null, confidence: "moderate" } as const;
  const nsc = await createClaim(db, article.id, { ...span("Russia could provide either Iran or Hezbollah"), kind: "attributed", speaker: "National Security Council", ...base, cue: "warned" });
  const monitor = await createClaim(db, article.id, { ...span("We’re going to closely monitor"), kind: "attributed", speaker: "John Kirby", ...base });
  const turned = await createClaim(db, article.id, { ...span("Russia turned to Iran for assistance"), kind: "reporter", ...base });
  const exported = await exportArticle(db, article.id, null);

  const text = editText(article.text, EDITS);
  const there = (claim: typeof nsc) => ({ ...placeClaim(claim, text), version: 2, revision: 2 });
  const sought = { ...placeClaim(exported.claims[2]!, text, "Moscow sought help from Tehran"), id: testId(), version: 1 };
  const document: ArticleDocument = {
    ...exported,
    article: { ...exported.article, text, textSha256: sha256(text), revision: 2 },
    claims: [
      there(nsc),
      { ...there(monitor), note: "Confirmed against the transcript.", version: 3 },
      { ...orphanOf(turned, turned), version: 2 },
      sought,
    ],
  };
  return { article, text, claims: { nsc, monitor, turned, sought }, document };
}

/** An article's rows in article_revisions, oldest first. */
export const revisionsOf = (db: Executor, articleId: string) =>
  db.select().from(articleRevisions).where(eq(articleRevisions.articleId, articleId)).orderBy(articleRevisions.revision);

/** Everything an export writes, as one string. */
export async function drain(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}
