import type { Executor } from "./client";
import { createArticle } from "./articles";
import { createClaim, updateClaim } from "./claims";
import { createSpeaker } from "./speakers";
import type { ClaimCreateInput } from "../lib/schemas";

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

/** Everything an export writes, as one string. */
export async function drain(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}
