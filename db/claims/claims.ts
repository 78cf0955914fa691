import { and, eq } from "drizzle-orm";
import { articles, claims, speakers, type NewClaim } from "../schema";
import { assertArticle } from "../articles/articles";
import type { Executor } from "../client";
import { AppError, forbidden, invalid, isAppError, notFound, type Issue } from "../../lib/errors";
import { claimChangeRefusal, type Actor } from "../../lib/auth/roles";
import { asActor } from "../actor";
import type { ClaimDto, ClaimKind } from "../../lib/model";
import type { ClaimCreateInput, ClaimPatchInput } from "../../lib/schemas";
import { quoteWithContext } from "../../lib/claims/context";
import { hasContent } from "../../lib/claims/span";
import { splitsSurrogatePair } from "../../lib/text/code-points";
import { createSpeaker, findSpeakerByNameOrAlias } from "../speakers/speakers";
import { claimsInTextOrder, claimsJsonInTextOrder, claimsTableJsonInTextOrder, selectClaims, toClaimDto } from "./claim-rows";
import { claimVisibleTo, HIDDEN_CLAIM_MESSAGE, type Reader } from "../assignments/visibility";
import { acceptSuggestionsOfClaim, releaseSuggestionsOfClaim } from "../suggestions/claimed";
import { refuseIfSubmitted } from "../assignments/frozen";

async function articleText(db: Executor, articleId: string): Promise<{ text: string; revision: number }> {
  const [row] = await db.select({ text: articles.text, revision: articles.revision }).from(articles).where(eq(articles.id, articleId));
  if (!row) throw notFound("article", articleId);
  return row;
}

/**
 * An article's claims in text order (overlapping claims by their end, then by age; orphans, with no offsets,
 * last): those `reader` may see (db/assignments/visibility.ts).
 */
export async function listClaims(db: Executor, articleId: string, reader: Reader): Promise<ClaimDto[]> {
  await assertArticle(db, articleId);
  return claimsInTextOrder(db, articleId, reader);
}

/**
 * The same as `listClaims`, as the JSON text of the `ClaimDto[]`, built by the database (much cheaper for thousands
 * of claims: see `claimsJsonInTextOrder`). For the API's list and the workspace, which send it on as it is.
 */
export async function listClaimsJson(db: Executor, articleId: string, reader: Reader): Promise<string> {
  await assertArticle(db, articleId);
  return claimsJsonInTextOrder(db, articleId, reader);
}

/** The same claims again, as the JSON text of a `ClaimsTable` (lib/claims/claims-table.ts): what the workspace reads. */
export async function listClaimsTableJson(db: Executor, articleId: string, reader: Reader): Promise<string> {
  await assertArticle(db, articleId);
  return claimsTableJsonInTextOrder(db, articleId, reader);
}

/** One claim; 403 when it exists but is hidden from `reader` during independent annotation. */
export async function getClaim(db: Executor, id: string, reader: Reader): Promise<ClaimDto> {
  const [row] = await selectClaims(db).where(eq(claims.id, id));
  if (!row) throw notFound("claim", id);
  const visible = claimVisibleTo(reader);
  if (visible) {
    const [shown] = await db.select({ id: claims.id }).from(claims).where(and(eq(claims.id, id), visible));
    if (!shown) throw forbidden(HIDDEN_CLAIM_MESSAGE);
  }
  return toClaimDto(row);
}

/** Checks a span against the article text; every problem is reported, with the field it concerns. */
export function checkSpan(text: string, start: number, end: number): void {
  const issues: Issue[] = [];
  if (start < 0) issues.push({ path: "start", message: "must not be negative" });
  if (start >= text.length) issues.push({ path: "start", message: `beyond the text (length ${text.length})` });
  if (end > text.length) issues.push({ path: "end", message: `beyond the text (length ${text.length})` });
  if (start >= end) issues.push({ path: "end", message: "must be greater than start" });
  if (splitsSurrogatePair(text, start)) issues.push({ path: "start", message: "falls inside a character" });
  if (splitsSurrogatePair(text, end)) issues.push({ path: "end", message: "falls inside a character" });
  if (issues.length === 0 && !hasContent(text, { start, end })) issues.push({ path: "end", message: "the span holds only whitespace" });
  if (issues.length > 0) {
    throw invalid(`The selected span is not valid: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}.`, issues);
  }
}

/**
 * The speaker of a claim: by id, or by name or alias; an unknown name creates the speaker. Reporter
 * statements have none.
 */
export async function resolveSpeaker(
  db: Executor,
  kind: ClaimKind,
  input: { speaker?: string | null; speakerId?: string | null },
): Promise<string | null> {
  const named = input.speakerId ?? input.speaker;
  if (kind === "reporter") {
    if (named) throw invalid("A reporter statement has no speaker: remove the speaker, or make it an attributed claim.", [{ path: "speaker", message: "must be empty for a reporter statement" }]);
    return null;
  }
  if (input.speakerId) {
    const [row] = await db.select({ id: speakers.id }).from(speakers).where(eq(speakers.id, input.speakerId));
    if (!row) throw invalid(`No speaker has the id ${input.speakerId}.`, [{ path: "speakerId", message: "no such speaker" }]);
    return row.id;
  }
  if (input.speaker) {
    const found = await findSpeakerByNameOrAlias(db, input.speaker);
    if (found) return found.id;
    try {
      return (await createSpeaker(db, { name: input.speaker, kind: "person", description: null, aliases: [] })).id;
    } catch (error) {
      // Another claim naming the same new speaker created them meanwhile (parallel writers on PostgreSQL): the
      // name now finds that speaker, who is the one meant. (createSpeaker ran in a savepoint, so this transaction
      // goes on; under READ COMMITTED this statement sees the other writer's committed row.)
      if (!isAppError(error) || error.code !== "conflict") throw error;
      const winner = await findSpeakerByNameOrAlias(db, input.speaker);
      if (!winner) throw error;
      return winner.id;
    }
  }
  throw invalid("An attributed claim needs a speaker: choose who made the claim.", [{ path: "speaker", message: "is required for an attributed claim" }]);
}

/**
 * Tags a span of an article. The quote and its context are computed here, from the stored text. `actor` is who
 * tags (null: the system); the database records them as the claim's author and in the history.
 */
export async function createClaim(db: Executor, articleId: string, input: ClaimCreateInput, actor: Actor | null = null): Promise<ClaimDto> {
  return asActor(db, actor, null, async (tx) => {
    const { text, revision } = await articleText(tx, articleId);
    await refuseIfSubmitted(tx, articleId, actor?.userId, actor);
    checkSpan(text, input.start, input.end);
    const speakerId = await resolveSpeaker(tx, input.kind, input);
    const [row] = await tx
      .insert(claims)
      .values({
        articleId,
        start: input.start,
        end: input.end,
        ...quoteWithContext(text, input),
        kind: input.kind,
        speakerId,
        cue: input.cue,
        confidence: input.confidence,
        note: input.note,
        revision,
      })
      .returning({ id: claims.id });
    if (!row) throw new Error("insert returned no row");
    await acceptSuggestionsOfClaim(tx, { id: row.id, articleId, kind: input.kind, start: input.start, end: input.end }, actor?.userId ?? null);
    return getClaim(tx, row.id, actor);
  });
}

/**
 * Changes a claim. The caller sends the version it last saw; if someone saved in between, nothing is written
 * and the conflict carries the current claim so the analyst can compare.
 *
 * Sending a span places the claim there: it re-attaches an orphan, and it confirms (or corrects) a claim that an
 * edit moved by fuzzy matching. Without a span, an orphan stays an orphan and keeps its old quote.
 */
export async function updateClaim(db: Executor, id: string, patch: ClaimPatchInput, actor: Actor | null = null): Promise<ClaimDto> {
  return asActor(db, actor, null, async (tx) => {
    const current = await getClaim(tx, id, actor);
    assertMayChange(actor, current, "change");
    await refuseIfSubmitted(tx, current.articleId, authorOfWork(current), actor);
    if (current.version !== patch.version) throw staleVersion(current);
    const kind = patch.kind ?? current.kind;
    const article = await articleText(tx, current.articleId);
    const placed = patch.start !== undefined || patch.end !== undefined;
    const start = patch.start ?? current.start;
    const end = patch.end ?? current.end;
    let anchor: Partial<Pick<NewClaim, "start" | "end" | "quote" | "prefix" | "suffix" | "status" | "revision" | "fuzzyScore" | "fuzzyOldQuote">>;
    if (start === null || end === null) {
      if (placed) {
        throw invalid("This claim is orphaned: give both start and end to re-attach it to the text.", [
          { path: start === null ? "start" : "end", message: "is required to re-attach an orphaned claim" },
        ]);
      }
      anchor = {};
    } else {
      checkSpan(article.text, start, end);
      anchor = placed
        ? { start, end, ...quoteWithContext(article.text, { start, end }), status: "anchored", revision: article.revision, fuzzyScore: null, fuzzyOldQuote: null }
        : {};
    }

    const speakerGiven = patch.speaker !== undefined || patch.speakerId !== undefined;
    let speakerId: string | null;
    if (kind === "reporter") {
      speakerId = await resolveSpeaker(tx, kind, speakerGiven ? patch : {});
    } else if (speakerGiven) {
      speakerId = await resolveSpeaker(tx, kind, patch);
    } else {
      speakerId = await resolveSpeaker(tx, kind, { speakerId: current.speaker?.id ?? null });
    }

    const updated = await tx
      .update(claims)
      .set({
        ...anchor,
        kind,
        speakerId,
        cue: patch.cue === undefined ? current.cue : patch.cue,
        confidence: patch.confidence ?? current.confidence,
        note: patch.note === undefined ? current.note : patch.note,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(claims.id, id), eq(claims.version, patch.version)))
      .returning({ id: claims.id });
    if (updated.length === 0) throw staleVersion(await getClaim(tx, id, actor));
    return getClaim(tx, id, actor);
  });
}

/**
 * Deletes a claim (the history keeps it, so it can be restored). With `version`, the version the caller last saw,
 * a claim changed meanwhile is not deleted: the conflict carries it, as for an edit.
 */
export async function deleteClaim(db: Executor, id: string, actor: Actor | null = null, version?: number): Promise<void> {
  await asActor(db, actor, null, async (tx) => {
    const current = await getClaim(tx, id, actor);
    assertMayChange(actor, current, "delete");
    await refuseIfSubmitted(tx, current.articleId, authorOfWork(current), actor);
    if (version !== undefined && version !== current.version) throw staleVersion(current);
    // Undoing the acceptance of a suggestion offers it again, in this transaction (db/suggestions/claimed.ts).
    await releaseSuggestionsOfClaim(tx, id);
    const deleted = await tx.delete(claims).where(eq(claims.id, id)).returning({ id: claims.id });
    if (deleted.length === 0) throw notFound("claim", id);
  });
}

/** Whose submitted work a change to this claim touches (db/assignments/frozen.ts): an analyst claim's author. */
export const authorOfWork = (claim: Pick<ClaimDto, "createdBy" | "set">): string | null => (claim.set === "analyst" ? (claim.createdBy?.id ?? null) : null);

/** An analyst changes only the claims they tagged; an admin any (the system, `null`, too). */
export function assertMayChange(actor: Actor | null, claim: Pick<ClaimDto, "createdBy">, what: "change" | "delete" | "restore"): void {
  const refusal = actor ? claimChangeRefusal(actor, claim.createdBy, what) : null;
  if (refusal) throw forbidden(refusal);
}

function staleVersion(current: ClaimDto): AppError {
  return new AppError(
    "conflict",
    `This claim was changed by someone else (it is now at version ${current.version}). Reload it and apply your change again.`,
    { current },
  );
}
