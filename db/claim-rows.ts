import { eq } from "drizzle-orm";
import { claims, speakers } from "./schema";
import type { Executor } from "./client";
import type { ClaimDto } from "../lib/model";

/** The one projection of a claim row (with its speaker's name) and its mapping to the API's ClaimDto. */
export const claimColumns = {
  id: claims.id,
  articleId: claims.articleId,
  start: claims.start,
  end: claims.end,
  quote: claims.quote,
  prefix: claims.prefix,
  suffix: claims.suffix,
  kind: claims.kind,
  speakerId: claims.speakerId,
  speakerName: speakers.name,
  cue: claims.cue,
  confidence: claims.confidence,
  note: claims.note,
  version: claims.version,
  status: claims.status,
  revision: claims.revision,
  fuzzyScore: claims.fuzzyScore,
  fuzzyOldQuote: claims.fuzzyOldQuote,
  createdAt: claims.createdAt,
  updatedAt: claims.updatedAt,
};

export type ClaimRow = Awaited<ReturnType<typeof selectClaims>>[number];

export function toClaimDto(row: ClaimRow): ClaimDto {
  return {
    id: row.id,
    articleId: row.articleId,
    start: row.start,
    end: row.end,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    kind: row.kind,
    speaker: row.speakerId && row.speakerName ? { id: row.speakerId, name: row.speakerName } : null,
    cue: row.cue,
    confidence: row.confidence,
    note: row.note,
    version: row.version,
    status: row.status,
    revision: row.revision,
    fuzzy: row.fuzzyScore !== null && row.fuzzyOldQuote !== null ? { score: row.fuzzyScore, oldQuote: row.fuzzyOldQuote } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const selectClaims = (db: Executor) => db.select(claimColumns).from(claims).leftJoin(speakers, eq(speakers.id, claims.speakerId));
