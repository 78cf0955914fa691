import type { ClaimDto } from "../model";
import { quoteWithContext } from "../claims/context";
import type { ExportedArticle } from "./claimlens-document";
import type { ExportEvent, ExportHeader, ExportSerializer } from "./export-events";

/**
 * A small article with the characters exports get wrong (an emoji, a flag, curly quotes, a would-be formula)
 * and three claims on it, for the tests of the export formats.
 */
const text =
  "“The plan 😀 is =working,” Kirby said. Officials — unnamed — disagreed.\n\n" +
  "A second paragraph about 🇺🇦 Kyiv, where the ministry said talks would resume.";

export const sampleArticle: ExportedArticle = {
  id: "5f0c6a4e-8d1b-4c55-9a2e-2b7d4f3c1a10",
  title: "A test article",
  sourceUrl: "https://news.example/a-test-article",
  publishedAt: "2023-11-21T18:54:00.000Z",
  text,
  textSha256: "0".repeat(64),
  revision: 2,
  createdAt: "2024-01-02T03:04:05.006Z",
  updatedAt: "2024-01-02T03:04:05.006Z",
};

const KIRBY = { id: "0b6f7d2e-3c4a-4e5f-8a9b-1c2d3e4f5a6b", name: "John Kirby" };
const MINISTRY = { id: "7e8f9a0b-1c2d-4e3f-9a5b-6c7d8e9f0a1b", name: "Ukraine's foreign ministry" };

function claimAt(quote: string, fields: Partial<ClaimDto> & Pick<ClaimDto, "id" | "kind" | "speaker">): ClaimDto {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in the sample: ${quote}`);
  const end = start + quote.length;
  return {
    articleId: sampleArticle.id,
    start,
    end,
    ...quoteWithContext(text, { start, end }),
    cue: null,
    confidence: "moderate",
    note: null,
    version: 1,
    status: "anchored",
    revision: 2,
    fuzzy: null,
    set: "analyst",
    review: null,
    createdBy: null,
    updatedBy: null,
    createdAt: "2024-01-02T03:05:00.000Z",
    updatedAt: "2024-01-02T03:05:00.000Z",
    ...fields,
  };
}

export const sampleClaims: ClaimDto[] = [
  claimAt("The plan 😀 is =working", {
    id: "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f601",
    kind: "attributed",
    speaker: KIRBY,
    cue: "said",
    confidence: "high",
    note: "=cmd|' /C calc'!A0",
    version: 3,
  }),
  claimAt("Officials — unnamed — disagreed", { id: "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f602", kind: "reporter", speaker: null }),
  claimAt("talks would resume", { id: "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f603", kind: "attributed", speaker: MINISTRY, cue: "said", confidence: "low" }),
];

/**
 * A claim whose words an edit of the text took away: no offsets, and the quote and context it had in the text
 * before (revision 1), which are not in the sample text.
 */
export const orphanedClaim: ClaimDto = {
  ...claimAt("Kirby said", { id: "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f604", kind: "attributed", speaker: KIRBY, cue: "vowed", confidence: "low" }),
  start: null,
  end: null,
  quote: "never to back down",
  prefix: "the ministry vowed ",
  suffix: " on the air defense deal.",
  status: "orphaned",
  revision: 1,
};

/** A claim that an edit moved onto words that only resemble its quote ("Kiev" became "Kyiv"). */
export const fuzzyClaim: ClaimDto = {
  ...claimAt("Kyiv, where", { id: "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f605", kind: "reporter", speaker: null }),
  fuzzy: { score: 0.9123, oldQuote: "Kiev, where" },
};

export const sampleSpeakers = [
  { ...KIRBY, kind: "person" as const, description: "US National Security Council spokesman", aliases: ["Kirby"] },
  { ...MINISTRY, kind: "organization" as const, description: null, aliases: [] },
];

/** The events of one article whose claims come `batch` at a time. */
export async function* eventsOf(article: ExportedArticle, claims: ClaimDto[], batch = 500): AsyncGenerator<ExportEvent> {
  yield { type: "article", article };
  for (let i = 0; i < claims.length; i += batch) yield { type: "claims", claims: claims.slice(i, i + batch) };
  yield { type: "end-article" };
}

/** Everything a serializer writes for one article, as one string. */
export async function collect(serializer: ExportSerializer, article: ExportedArticle, claims: ClaimDto[], header?: Partial<ExportHeader>): Promise<string> {
  let out = "";
  const full: ExportHeader = { exportedAt: new Date("2024-05-01T09:30:00.000Z"), speakers: sampleSpeakers, ...header };
  for await (const chunk of serializer(full, eventsOf(article, claims))) out += chunk;
  return out;
}
