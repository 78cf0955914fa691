import { and, eq, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import { articles, claims, speakerAliases, speakers, suggestions } from "../schema";
import { assertArticle } from "../articles/articles";
import type { Executor } from "../client";
import { asActor } from "../actor";
import { AppError, forbidden, invalid, notFound } from "../../lib/errors";
import type { Actor } from "../../lib/auth/roles";
import type { ClaimDto } from "../../lib/model";
import { detectClaims, type KnownSpeaker } from "../../lib/attribution";
import { freshCandidates, toCandidates } from "../../lib/suggestions/candidates";
import type { SuggestionDto, SuggestionStatus } from "../../lib/suggestions/model";
import type { AcceptAllInput, SuggestComputeInput, SuggestionAcceptInput } from "../../lib/suggestions/schemas";
import { createClaim } from "../claims/claims";
import { createSpeaker, findSpeakerByNameOrAlias } from "../speakers/speakers";
import { findSuggestion, suggestionsInTextOrder } from "./suggestion-rows";
import { claimVisibleTo, inSuggestionQueue, suggestionQueueOf, type Reader } from "../assignments/visibility";
import { refuseIfSubmitted } from "../assignments/frozen";

// Rows per insert statement (each row is ~20 parameters; PostgreSQL allows 65,535 per statement).
const INSERT_CHUNK = 500;


/**
 * An article's suggestions in text order, every one or those of one status: of the queue `reader` works on (their
 * own while the article is assigned to them for independent annotation; db/assignments/visibility.ts).
 */
export async function listSuggestions(db: Executor, articleId: string, reader: Reader, status?: SuggestionStatus): Promise<SuggestionDto[]> {
  await assertArticle(db, articleId);
  return suggestionsInTextOrder(db, articleId, await suggestionQueueOf(db, articleId, reader), status);
}

/** Every directory speaker with their aliases: what the detector matches the names it resolves against. */
async function knownSpeakers(db: Executor): Promise<KnownSpeaker[]> {
  const rows = await db
    .select({
      id: speakers.id,
      name: speakers.name,
      aliases: sql<string[] | string>`coalesce(json_agg(${speakerAliases.alias}) filter (where ${speakerAliases.alias} is not null), '[]'::json)`,
    })
    .from(speakers)
    .leftJoin(speakerAliases, eq(speakerAliases.speakerId, speakers.id))
    .groupBy(speakers.id);
  // PGlite returns json as text, postgres.js parses it.
  return rows.map((r) => ({ id: r.id, name: r.name, aliases: typeof r.aliases === "string" ? (JSON.parse(r.aliases) as string[]) : r.aliases }));
}

/**
 * Runs the attribution detector over an article and stores what it finds as pending suggestions, in one
 * transaction: the pending ones of an earlier computation are replaced; accepted and rejected ones stay, and a
 * finding equal to one of them (see `sameSuggestion`), or to the span of a claim, is not proposed again. A
 * suggestion that deleting its claim put back in the queue stays as it is (restoring the claim accepts it again).
 *
 * All of this within the queue `reader` works on (db/assignments/visibility.ts): an assignee of an article under
 * independent annotation computes their own, against their own decisions and claims only (and the shared queue's
 * decisions that are theirs). Answers the pending suggestions of that queue.
 */
export async function computeSuggestions(db: Executor, articleId: string, input: SuggestComputeInput, reader: Reader = null): Promise<SuggestionDto[]> {
  return db.transaction((tx) => computeQueue(tx, articleId, input, reader));
}

/** `computeSuggestions` inside a transaction the caller holds. */
export async function computeQueue(tx: Executor, articleId: string, input: SuggestComputeInput, reader: Reader): Promise<SuggestionDto[]> {
  // The row lock queues this after a text save in progress (and a save after it), so the offsets stored
  // belong to the text they were computed on.
  const [article] = await tx.select({ text: articles.text, revision: articles.revision }).from(articles).where(eq(articles.id, articleId)).for("update");
  if (!article) throw notFound("article", articleId);
  const queue = await suggestionQueueOf(tx, articleId, reader);
  const detected = detectClaims(article.text, { reporterStatements: input.reporterStatements, knownSpeakers: await knownSpeakers(tx) });
  const kept = or(ne(suggestions.status, "pending"), isNotNull(suggestions.releasedClaimId));
  // An assignee's own queue also remembers what they decided in the shared queue before they were assigned.
  const mine = queue === null ? inSuggestionQueue(null) : or(inSuggestionQueue(queue), and(inSuggestionQueue(null), eq(suggestions.decidedBy, queue)));
  const decided = await tx
    .select({ kind: suggestions.kind, quote: suggestions.quote, prefix: suggestions.prefix, suffix: suggestions.suffix, start: suggestions.start, end: suggestions.end })
    .from(suggestions)
    .where(and(eq(suggestions.articleId, articleId), mine, kept));
  // Claims hidden from whoever computes (another assignee's) neither hide a suggestion from them nor tell them where
  // those claims are.
  const tagged = await tx.select({ kind: claims.kind, start: claims.start, end: claims.end }).from(claims).where(and(eq(claims.articleId, articleId), claimVisibleTo(reader)));
  const fresh = freshCandidates(toCandidates(article.text, detected), decided, tagged);

  await tx.delete(suggestions).where(and(eq(suggestions.articleId, articleId), inSuggestionQueue(queue), eq(suggestions.status, "pending"), isNull(suggestions.releasedClaimId)));
  for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
    await tx.insert(suggestions).values(fresh.slice(i, i + INSERT_CHUNK).map((c) => ({ ...c, articleId, revision: article.revision, ownerId: queue })));
  }
  return suggestionsInTextOrder(tx, articleId, queue, "pending");
}

/**
 * Marks a pending suggestion decided, by `actor`. The update holds the row until the transaction ends, so of two
 * analysts deciding at once one wins and the other hears that it was decided (409, with the suggestion as it is).
 */
async function decide(tx: Executor, id: string, status: Exclude<SuggestionStatus, "pending">, actor: Actor | null): Promise<SuggestionDto> {
  const [row] = await tx.select({ articleId: suggestions.articleId, ownerId: suggestions.ownerId }).from(suggestions).where(eq(suggestions.id, id));
  if (!row) throw notFound("suggestion", id);
  const queue = await suggestionQueueOf(tx, row.articleId, actor);
  if (actor && row.ownerId !== queue) throw forbidden(queue === null ? HIDDEN_SUGGESTION_MESSAGE : OWN_QUEUE_MESSAGE);
  await refuseIfSubmitted(tx, row.articleId, actor?.userId, actor);
  const found = await findSuggestion(tx, id);
  if (!found) throw notFound("suggestion", id);
  const updated = await tx
    .update(suggestions)
    .set({ status, decidedBy: actor?.userId ?? null, decidedAt: new Date() })
    .where(and(eq(suggestions.id, id), eq(suggestions.status, "pending")))
    .returning({ id: suggestions.id });
  if (updated.length === 0) {
    const current = (await findSuggestion(tx, id)) ?? found;
    const who = current.decidedBy ? ` by ${current.decidedBy.name}` : "";
    throw new AppError("conflict", `This suggestion was already ${current.status}${who}; reload the suggestions.`, { current });
  }
  return found;
}

/** Why a suggestion of another queue is refused (db/assignments/visibility.ts). */
export const HIDDEN_SUGGESTION_MESSAGE =
  "This suggestion is in an assignee's own queue while its article is assigned for independent annotation: only they decide it until every assignee is done.";
export const OWN_QUEUE_MESSAGE =
  "This article is assigned to you for independent annotation: you decide the suggestions of your own queue, not this one. Reload the suggestions.";

/**
 * The speaker a claim from this suggestion is attributed to: the directory speaker it names (by the detector's
 * match, or by name or alias now), or a new speaker with the suggested name, kind and description.
 */
async function suggestedSpeakerId(tx: Executor, speaker: NonNullable<SuggestionDto["speaker"]>): Promise<string> {
  if (speaker.speakerId) return speaker.speakerId;
  const found = await findSpeakerByNameOrAlias(tx, speaker.name);
  if (found) return found.id;
  return (await createSpeaker(tx, { name: speaker.name, kind: speaker.kind, description: speaker.description, aliases: [] })).id;
}

/** Creates the claim a suggestion proposes, with the analyst's changes (`input`), as an ordinary claim creation. */
async function claimFromSuggestion(tx: Executor, suggestion: SuggestionDto, input: SuggestionAcceptInput, actor: Actor | null): Promise<ClaimDto> {
  const kind = input.kind ?? suggestion.kind;
  const start = input.start ?? suggestion.start;
  const end = input.end ?? suggestion.end;
  if (start === null || end === null) {
    throw invalid("This suggestion's words were lost in a text revision: give start and end to accept it on other words.", [
      { path: start === null ? "start" : "end", message: "is required for a suggestion without words" },
    ]);
  }
  const speakerGiven = input.speaker !== undefined || input.speakerId !== undefined;
  const speaker =
    kind === "reporter" || speakerGiven
      ? { speaker: input.speaker, speakerId: input.speakerId }
      : { speakerId: suggestion.speaker ? await suggestedSpeakerId(tx, suggestion.speaker) : null };
  return createClaim(
    tx,
    suggestion.articleId,
    {
      start,
      end,
      kind,
      ...speaker,
      cue: input.cue !== undefined ? input.cue : kind === "reporter" ? null : suggestion.cue,
      confidence: input.confidence,
      note: input.note ?? null,
    },
    actor,
  );
}

async function acceptOne(tx: Executor, id: string, input: SuggestionAcceptInput, actor: Actor | null): Promise<ClaimDto> {
  const suggestion = await decide(tx, id, "accepted", actor);
  const claim = await claimFromSuggestion(tx, suggestion, input, actor);
  await tx.update(suggestions).set({ claimId: claim.id }).where(eq(suggestions.id, id));
  return claim;
}

/**
 * Accepts a suggestion: creates its claim (by `actor`, with history and undo like any claim; the speaker too
 * when the directory has nobody of that name), with the analyst's confidence and changes, and records who
 * decided. Nothing is stored when the claim cannot be created.
 */
export async function acceptSuggestion(db: Executor, id: string, input: SuggestionAcceptInput, actor: Actor | null = null): Promise<ClaimDto> {
  return asActor(db, actor, null, (tx) => acceptOne(tx, id, input, actor));
}

/** Rejects a suggestion: it stays stored as rejected, so that computing the suggestions again skips it. */
export async function rejectSuggestion(db: Executor, id: string, actor: Actor | null = null): Promise<SuggestionDto> {
  return asActor(db, actor, null, async (tx) => {
    await decide(tx, id, "rejected", actor);
    const rejected = await findSuggestion(tx, id);
    if (!rejected) throw notFound("suggestion", id);
    return rejected;
  });
}

/**
 * Accepts every pending suggestion of one speaker (by the directory speaker they resolve to, or by the suggested
 * name, ignoring case) with one confidence, in text order and in one transaction: all are accepted or none.
 */
export async function acceptAllFromSpeaker(db: Executor, articleId: string, input: AcceptAllInput, actor: Actor | null = null): Promise<ClaimDto[]> {
  return asActor(db, actor, null, async (tx) => {
    const pending = await listSuggestions(tx, articleId, actor, "pending");
    const name = input.speakerName?.toLowerCase();
    // A name may be a directory speaker's name or alias: their suggestions go too, whatever name they carry.
    const speakerId = input.speakerId ?? (input.speakerName ? (await findSpeakerByNameOrAlias(tx, input.speakerName))?.id : undefined);
    const chosen = pending.filter(
      (s) => s.kind === "attributed" && s.speaker && ((speakerId && s.speaker.speakerId === speakerId) || s.speaker.name.toLowerCase() === name),
    );
    const created: ClaimDto[] = [];
    for (const s of chosen) created.push(await acceptOne(tx, s.id, { confidence: input.confidence }, actor));
    return created;
  });
}
