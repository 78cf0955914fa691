import type { ClaimDto } from "../model";

/**
 * An article's claims as one table (`GET /api/articles/:id/claims?format=table`): the same claims as the list of
 * `ClaimDto` objects, in the same order, written once per column name instead of once per claim, with the article's
 * id written once, people (speakers, accounts) by id with their names beside the table, and `updatedAt` null when it
 * equals `createdAt`. For 5,000 claims that is 1.6 MB of JSON instead of 3.8 MB, which the workspace fetches and
 * parses as it opens. `expandClaimsTable` gives back exactly the `ClaimDto[]` of the plain list.
 */
export const CLAIMS_TABLE_FORMAT = "claimlens-claims-table/1";

/** The columns of a row, in order. People are ids into `speakers` / `accounts`. */
export const CLAIMS_TABLE_COLUMNS = [
  "id",
  "start",
  "end",
  "quote",
  "prefix",
  "suffix",
  "kind",
  "speakerId",
  "cue",
  "confidence",
  "note",
  "version",
  "status",
  "revision",
  "fuzzyScore",
  "fuzzyOldQuote",
  "set",
  "reviewedById",
  "reviewedAt",
  "reviewSources",
  "createdById",
  "updatedById",
  "createdAt",
  "updatedAt",
] as const;

export type ClaimsTableRow = [
  id: string,
  start: number | null,
  end: number | null,
  quote: string,
  prefix: string,
  suffix: string,
  kind: ClaimDto["kind"],
  speakerId: string | null,
  cue: string | null,
  confidence: ClaimDto["confidence"],
  note: string | null,
  version: number,
  status: ClaimDto["status"],
  revision: number,
  fuzzyScore: number | null,
  fuzzyOldQuote: string | null,
  set: ClaimDto["set"],
  reviewedById: string | null,
  reviewedAt: string | null,
  reviewSources: string[] | null,
  createdById: string | null,
  updatedById: string | null,
  createdAt: string,
  /** Null when the same as createdAt. */
  updatedAt: string | null,
];

export interface ClaimsTable {
  format: typeof CLAIMS_TABLE_FORMAT;
  articleId: string;
  columns: typeof CLAIMS_TABLE_COLUMNS;
  /** Speaker id → name, for the speakers the rows name. */
  speakers: Record<string, string>;
  /** Account id → name, for the authors and reviewers the rows name. */
  accounts: Record<string, string>;
  rows: ClaimsTableRow[];
}

/** A reference as the plain list writes it: null unless there is an id and a (non-empty) name for it. */
function ref(id: string | null, names: Record<string, string>): { id: string; name: string } | null {
  if (!id) return null;
  const name = Object.hasOwn(names, id) ? names[id] : undefined;
  return name ? { id, name } : null;
}

/** The table's claims as the plain list has them. */
export function expandClaimsTable(table: ClaimsTable): ClaimDto[] {
  const { articleId, speakers, accounts } = table;
  return table.rows.map((row) => {
    const [id, start, end, quote, prefix, suffix, kind, speakerId, cue, confidence, note, version, status, revision, fuzzyScore, fuzzyOldQuote, set, reviewedById, reviewedAt, reviewSources, createdById, updatedById, createdAt, updatedAt] = row;
    return {
      id,
      articleId,
      start,
      end,
      quote,
      prefix,
      suffix,
      kind,
      speaker: ref(speakerId, speakers),
      cue,
      confidence,
      note,
      version,
      status,
      revision,
      fuzzy: fuzzyScore !== null && fuzzyOldQuote !== null ? { score: fuzzyScore, oldQuote: fuzzyOldQuote } : null,
      set,
      review: reviewedAt ? { by: ref(reviewedById, accounts), at: reviewedAt, sources: reviewSources ?? [] } : null,
      createdBy: ref(createdById, accounts),
      updatedBy: ref(updatedById, accounts),
      createdAt,
      updatedAt: updatedAt ?? createdAt,
    };
  });
}
