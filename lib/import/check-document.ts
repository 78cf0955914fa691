import { createHash } from "node:crypto";
import type { Issue } from "../errors";
import { MAX_ARTICLE_BYTES } from "../model";
import { CONTEXT_LENGTH } from "../claims/context";
import { hasContent } from "../claims/span";
import { splitsSurrogatePair } from "../text/code-points";
import { normaliseText } from "../text/normalise";
import { formattingProblems } from "../extract/formatting";
import type { ImportArticle, ImportClaim, ImportDocument, ImportSpeaker } from "./claimlens-input";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** A short, readable excerpt of text for a message. */
function excerpt(text: string, max = 40): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}

/**
 * Checks a claim against its article's text: an anchored claim's offsets fall inside the text and on character
 * boundaries, and its quote is exactly the text between them; an orphaned claim has no offsets (its quote is
 * from a text before, so it is not looked for); and the kind and speaker agree.
 */
export function checkClaim(text: string, claim: ImportClaim, articleId: string): Issue[] {
  const issues: Issue[] = [];
  const at = (field: string, message: string) => issues.push({ path: `${claim.path}.${field}`, message });
  if (claim.articleId !== undefined && claim.articleId !== articleId) at("articleId", `names another article (${claim.articleId}) than the one it is listed under (${articleId})`);
  if (claim.status === "orphaned") issues.push(...checkOrphan(claim));
  else issues.push(...checkSpan(text, claim));
  if (claim.kind === "attributed" && !claim.speaker) at("speaker", "is required for an attributed claim");
  if (claim.kind === "reporter" && claim.speaker) at("speaker", "must be null for a reporter statement");
  if (Date.parse(claim.updatedAt) < Date.parse(claim.createdAt)) at("updatedAt", "is earlier than createdAt");
  return issues;
}

/** An anchored claim's span against the text. */
function checkSpan(text: string, claim: ImportClaim): Issue[] {
  const issues: Issue[] = [];
  const at = (field: string, message: string) => issues.push({ path: `${claim.path}.${field}`, message });
  const { start, end } = claim;
  if (start === null || end === null) {
    if (start === null) at("start", 'is required: only a claim with "status": "orphaned" has no offsets');
    if (end === null) at("end", 'is required: only a claim with "status": "orphaned" has no offsets');
    return issues;
  }
  let spanOk = true;
  if (start >= text.length) {
    at("start", `beyond the text (length ${text.length})`);
    spanOk = false;
  }
  if (end > text.length) {
    at("end", `beyond the text (length ${text.length})`);
    spanOk = false;
  }
  if (start >= end) {
    at("end", `must be greater than start (${start})`);
    spanOk = false;
  }
  if (splitsSurrogatePair(text, start)) {
    at("start", "falls inside a character (between the two halves of a surrogate pair)");
    spanOk = false;
  }
  if (splitsSurrogatePair(text, end)) {
    at("end", "falls inside a character (between the two halves of a surrogate pair)");
    spanOk = false;
  }
  if (spanOk) {
    const actual = text.slice(start, end);
    if (actual !== claim.quote) {
      at("quote", `does not match the text at ${start}–${end}, which reads “${excerpt(actual)}”`);
    } else if (!hasContent(text, { start, end })) {
      at("quote", "holds only whitespace");
    }
  }
  return issues;
}

/**
 * An orphaned claim: no offsets, not marked as a fuzzy match, and the quote and context it kept from the text it
 * was lost from, which are imported as they are (there is no text to recompute them from).
 */
function checkOrphan(claim: ImportClaim): Issue[] {
  const issues: Issue[] = [];
  const at = (field: string, message: string) => issues.push({ path: `${claim.path}.${field}`, message });
  if (claim.start !== null) at("start", "must be null for an orphaned claim");
  if (claim.end !== null) at("end", "must be null for an orphaned claim");
  if (claim.fuzzy !== null) at("fuzzy", "must be null for an orphaned claim");
  if (!/\S/u.test(claim.quote)) at("quote", "holds only whitespace");
  for (const field of ["prefix", "suffix"] as const) {
    if (claim[field].length > CONTEXT_LENGTH) at(field, `is longer than ${CONTEXT_LENGTH} characters`);
  }
  return issues;
}

/** The labels (name and aliases) of a speaker, lowercased, as they are matched. */
export const labelsOf = (speaker: Pick<ImportSpeaker, "name" | "aliases">) => [speaker.name, ...speaker.aliases].map((l) => l.toLowerCase());

/**
 * Everything that can be checked from the document alone: texts (canonical, within the size limit, with the
 * hash they claim), every claim against its text, ids used twice, and speakers whose names clash.
 */
export function checkDocument(document: ImportDocument): Issue[] {
  const issues: Issue[] = [];
  const speakerPaths = new Map<string, string>();
  const labelOwners = new Map<string, ImportSpeaker>();
  for (const speaker of document.speakers) {
    const seen = speakerPaths.get(speaker.id);
    if (seen) issues.push({ path: `${speaker.path}.id`, message: `is used twice (also by ${seen})` });
    else speakerPaths.set(speaker.id, speaker.path);
    for (const label of new Set(labelsOf(speaker))) {
      const owner = labelOwners.get(label);
      if (owner && owner.id !== speaker.id) {
        issues.push({ path: `${speaker.path}`, message: `“${label}” is also a name or alias of ${owner.path} (${owner.name}); a name or alias belongs to one speaker only` });
      } else labelOwners.set(label, speaker);
    }
  }

  const articlePaths = new Map<string, string>();
  const claimPaths = new Map<string, string>();
  for (const article of document.articles) {
    const seen = articlePaths.get(article.id);
    if (seen) issues.push({ path: `${article.path}.id`, message: `is used twice (also by ${seen})` });
    else articlePaths.set(article.id, article.path);

    const bytes = Buffer.byteLength(article.text, "utf8");
    let textOk = true;
    if (bytes > MAX_ARTICLE_BYTES) {
      issues.push({ path: `${article.path}.text`, message: `is ${(bytes / 1024 / 1024).toFixed(1)} MB; an article's text may hold 2 MB at most` });
      textOk = false;
    } else if (normaliseText(article.text) !== article.text) {
      issues.push({
        path: `${article.path}.text`,
        message: "is not in Claimlens's canonical form (line ends, trailing spaces, blank lines or Unicode normalisation differ), so its offsets cannot be trusted",
      });
      textOk = false;
    } else if (sha256(article.text) !== article.textSha256) {
      issues.push({ path: `${article.path}.textSha256`, message: "does not match the text: the text was changed after it was exported" });
    }
    if (textOk && article.formatting) {
      issues.push(...formattingProblems(article.text, article.formatting).map((p) => ({ path: `${article.path}.${p.path}`, message: p.message })));
    }
    for (const claim of article.claims) {
      const other = claimPaths.get(claim.id);
      if (other) issues.push({ path: `${claim.path}.id`, message: `is used twice (also by ${other})` });
      else claimPaths.set(claim.id, claim.path);
      if (textOk) issues.push(...checkClaim(article.text, claim, article.id));
    }
    issues.push(...checkReviewDrops(article));
  }
  return issues;
}

/**
 * An article's review drops: each names one of its analysts' claims in the document, once, and one that no
 * reviewed claim of the document keeps or merges (a disagreement is either dropped or decided).
 */
export function checkReviewDrops(article: Pick<ImportArticle, "claims" | "reviewDrops">): Issue[] {
  const issues: Issue[] = [];
  const claims = new Map(article.claims.map((c) => [c.id, c]));
  const sourceOf = new Map<string, ImportClaim>();
  for (const claim of article.claims) for (const source of claim.review?.sources ?? []) sourceOf.set(source, claim);
  const listed = new Map<string, string>();
  for (const drop of article.reviewDrops) {
    const at = (message: string) => issues.push({ path: `${drop.path}.claimId`, message });
    const claim = claims.get(drop.claimId);
    const before = listed.get(drop.claimId);
    if (before) at(`is listed twice (also at ${before})`);
    else listed.set(drop.claimId, drop.path);
    if (!claim) at(`names no claim of this article in the document (${drop.claimId})`);
    else if (claim.set !== "analyst") at(`names a reviewed claim (${claim.path}); only analysts' claims are dropped`);
    const keeper = sourceOf.get(drop.claimId);
    if (keeper) at(`is also a source of the reviewed claim ${keeper.path}: a disagreement is either dropped or decided`);
  }
  return issues;
}
