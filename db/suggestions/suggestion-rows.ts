import { and, asc, eq, sql } from "drizzle-orm";
import { speakerAliases, speakers, suggestions, users } from "../schema";
import type { Executor } from "../client";
import type { SuggestionDto, SuggestionStatus } from "../../lib/suggestions/model";
import { inSuggestionQueue } from "../assignments/visibility";

/**
 * The directory speaker accepting a suggestion would attribute it to: the one the detector matched, or else the
 * one whose name or alias is the suggested name now (someone may have created them since). Null: a new speaker.
 */
const resolvedSpeakerId = sql<string | null>`coalesce(
  ${suggestions.speakerId},
  (select s.id from ${speakers} s where lower(s.name) = lower(${suggestions.speakerName}) limit 1),
  (select a.speaker_id from ${speakerAliases} a where lower(a.alias) = lower(${suggestions.speakerName}) limit 1))`;

/** The one projection of a suggestion row, and its mapping to the API's SuggestionDto. */
const suggestionColumns = {
  id: suggestions.id,
  articleId: suggestions.articleId,
  kind: suggestions.kind,
  start: suggestions.start,
  end: suggestions.end,
  quote: suggestions.quote,
  speakerName: suggestions.speakerName,
  speakerKind: suggestions.speakerKind,
  speakerDescription: suggestions.speakerDescription,
  speakerId: resolvedSpeakerId,
  mentionStart: suggestions.mentionStart,
  mentionEnd: suggestions.mentionEnd,
  cue: suggestions.cue,
  cueStart: suggestions.cueStart,
  cueEnd: suggestions.cueEnd,
  direct: suggestions.direct,
  status: suggestions.status,
  anchoring: suggestions.anchoring,
  revision: suggestions.revision,
  decidedById: suggestions.decidedBy,
  decidedByName: users.name,
  decidedAt: suggestions.decidedAt,
  claimId: suggestions.claimId,
  createdAt: suggestions.createdAt,
};

type SuggestionRow = Awaited<ReturnType<typeof selectSuggestions>>[number];

const span = (start: number | null, end: number | null) => (start !== null && end !== null ? { start, end } : null);

function toSuggestionDto(row: SuggestionRow): SuggestionDto {
  return {
    id: row.id,
    articleId: row.articleId,
    kind: row.kind,
    start: row.start,
    end: row.end,
    quote: row.quote,
    speaker:
      row.speakerName !== null && row.speakerKind !== null
        ? { name: row.speakerName, kind: row.speakerKind, description: row.speakerDescription, speakerId: row.speakerId }
        : null,
    speakerMention: span(row.mentionStart, row.mentionEnd),
    cue: row.cue,
    cueSpan: span(row.cueStart, row.cueEnd),
    direct: row.direct as SuggestionDto["direct"],
    status: row.status as SuggestionStatus,
    anchoring: row.anchoring,
    revision: row.revision,
    decidedBy: row.decidedById && row.decidedByName ? { id: row.decidedById, name: row.decidedByName } : null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    claimId: row.claimId,
    createdAt: row.createdAt.toISOString(),
  };
}

const selectSuggestions = (db: Executor) => db.select(suggestionColumns).from(suggestions).leftJoin(users, eq(users.id, suggestions.decidedBy));

/**
 * An article's suggestions in the queue `queue` (db/assignments/visibility.ts, `suggestionQueueOf`), of one status
 * or all, in text order, orphans last; no check that the article exists.
 */
export async function suggestionsInTextOrder(db: Executor, articleId: string, queue: string | null, status?: SuggestionStatus): Promise<SuggestionDto[]> {
  const rows = await selectSuggestions(db)
    .where(and(eq(suggestions.articleId, articleId), inSuggestionQueue(queue), status ? eq(suggestions.status, status) : undefined))
    .orderBy(asc(suggestions.start), asc(suggestions.end), asc(suggestions.id));
  return rows.map(toSuggestionDto);
}

/** One suggestion, or undefined. */
export async function findSuggestion(db: Executor, id: string): Promise<SuggestionDto | undefined> {
  const [row] = await selectSuggestions(db).where(eq(suggestions.id, id));
  return row ? toSuggestionDto(row) : undefined;
}
