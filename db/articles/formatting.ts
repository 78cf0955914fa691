import { and, asc, eq } from "drizzle-orm";
import { articleFormatting, type ArticleFormattingRow } from "../schema";
import type { Executor } from "../client";
import { invalid } from "../../lib/errors";
import { formattingProblems, mapFormatting, sortFormatting, type FormattingRange } from "../../lib/extract/formatting";
import { diffTexts, mapOffset, sharedLength } from "../../lib/anchoring";

// Rows per insert statement (7 parameters each, far below PostgreSQL's 65,535).
const INSERT_CHUNK = 2000;

/** An article revision's formatting ranges, in text order. */
export async function formattingOf(db: Executor, articleId: string, revision: number): Promise<FormattingRange[]> {
  const rows = await db
    .select()
    .from(articleFormatting)
    .where(and(eq(articleFormatting.articleId, articleId), eq(articleFormatting.revision, revision)))
    .orderBy(asc(articleFormatting.start), asc(articleFormatting.id));
  return sortFormatting(rows.map(toFormattingRange));
}

/** A stored row as the API answers it (no nulls: `href` only on links, `level` only on headings). */
export function toFormattingRange(r: ArticleFormattingRow): FormattingRange {
  return {
    type: r.type as FormattingRange["type"],
    start: r.start,
    end: r.end,
    ...(r.href !== null ? { href: r.href } : {}),
    ...(r.level !== null ? { level: r.level } : {}),
  };
}

/** The ranges, or a 422 naming each one that does not fit `text` (out of it, a link without http(s), ...). */
export function checkedFormatting(text: string, ranges: readonly FormattingRange[]): FormattingRange[] {
  const problems = formattingProblems(text, ranges);
  if (problems.length > 0) {
    throw invalid(`${problems.length === 1 ? "A formatting range does" : `${problems.length} formatting ranges do`} not fit the article's text.`, problems.slice(0, 50));
  }
  return sortFormatting(ranges);
}

/** Stores a revision's formatting (checked by the caller against that revision's text). */
export async function insertFormatting(db: Executor, articleId: string, revision: number, ranges: readonly FormattingRange[]): Promise<void> {
  for (let i = 0; i < ranges.length; i += INSERT_CHUNK) {
    await db.insert(articleFormatting).values(
      ranges.slice(i, i + INSERT_CHUNK).map((r) => ({ articleId, revision, type: r.type, start: r.start, end: r.end, href: r.href ?? null, level: r.level ?? null })),
    );
  }
}

/**
 * The formatting of a new text: given with the text (a Markdown replacement, an imported document), or carried
 * over from the old text through the same diff claims are re-anchored with. Formatting is not re-found like a
 * claim: a range moves with its words when the edit leaves them, shrinks when some are deleted, and is dropped
 * when most are (an emphasis on deleted words has nothing left to emphasise). It never becomes an orphan to review.
 */
export async function carryFormatting(
  db: Executor,
  articleId: string,
  from: { revision: number; text: string },
  to: { revision: number; text: string; formatting?: readonly FormattingRange[] },
): Promise<void> {
  if (to.formatting) return insertFormatting(db, articleId, to.revision, checkedFormatting(to.text, to.formatting));
  const old = await formattingOf(db, articleId, from.revision);
  if (old.length === 0) return;
  const diff = diffTexts(from.text, to.text);
  await insertFormatting(
    db,
    articleId,
    to.revision,
    mapFormatting(
      old,
      to.text,
      (pos, side) => mapOffset(diff, pos, side).pos,
      (start, end) => sharedLength(diff, start, end),
    ),
  );
}
