import { CONFIDENCE_LABELS, type Confidence } from "../model";
import type { SpeakerClaimFilters, SpeakerPageQuery } from "./schemas";

/** How many claims one page of the speaker page holds, unless the address says otherwise. */
export const CLAIM_PAGE_SIZE = 25;

export const NO_CLAIM_FILTERS: SpeakerClaimFilters = { confidence: [], cue: null, articleId: null, from: null, to: null, q: null, set: null };

/** True when any filter narrows the claims. */
export function hasClaimFilters(filters: SpeakerClaimFilters): boolean {
  return filters.confidence.length > 0 || Boolean(filters.cue || filters.articleId || filters.from || filters.to || filters.q || filters.set);
}

/**
 * The query string of a view of the speaker page (or of the claims API), leaving out what is the default, so
 * that a shared address stays short: `?confidence=high,moderate&sort=oldest`.
 */
export function claimsSearchParams(query: Partial<SpeakerPageQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.confidence && query.confidence.length > 0) params.set("confidence", query.confidence.join(","));
  if (query.cue) params.set("cue", query.cue);
  if (query.articleId) params.set("article", query.articleId);
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (query.q) params.set("q", query.q);
  if (query.set) params.set("set", query.set);
  if (query.sort && query.sort !== "newest") params.set("sort", query.sort);
  if (query.group && query.group !== "article") params.set("group", query.group);
  if (query.limit && query.limit !== CLAIM_PAGE_SIZE) params.set("limit", String(query.limit));
  if (query.cursor) params.set("cursor", query.cursor);
  return params;
}

/** The address of a view of a speaker's page. */
export function speakerPageHref(speakerId: string, query: Partial<SpeakerPageQuery> = {}): string {
  const search = claimsSearchParams(query).toString();
  return `/speakers/${speakerId}${search ? `?${search}` : ""}`;
}

/** One active filter, in words, with the view that drops it. */
export interface ActiveFilter {
  key: keyof SpeakerClaimFilters;
  label: string;
  without: Partial<SpeakerPageQuery>;
}

/**
 * The filters in force, each with a label an analyst reads ("High or moderate confidence", "Cue: said") and the
 * query without it. `articleTitle` names the article filter when it is known.
 */
export function activeFilters(query: SpeakerPageQuery, articleTitle?: string | null): ActiveFilter[] {
  const base: Partial<SpeakerPageQuery> = { ...query, cursor: null };
  const out: ActiveFilter[] = [];
  if (query.confidence.length > 0) {
    out.push({ key: "confidence", label: confidenceLabel(query.confidence), without: { ...base, confidence: [] } });
  }
  if (query.cue) out.push({ key: "cue", label: `Cue: ${query.cue}`, without: { ...base, cue: null } });
  if (query.articleId) {
    out.push({ key: "articleId", label: `In “${articleTitle ?? "one article"}”`, without: { ...base, articleId: null } });
  }
  if (query.from || query.to) {
    const label =
      query.from && query.to
        ? query.from === query.to
          ? `On ${query.from}`
          : `From ${query.from} to ${query.to}`
        : query.from
          ? `From ${query.from}`
          : `Up to ${query.to}`;
    out.push({ key: "from", label, without: { ...base, from: null, to: null } });
  }
  if (query.q) out.push({ key: "q", label: `Quote has “${query.q}”`, without: { ...base, q: null } });
  if (query.set) out.push({ key: "set", label: query.set === "reviewed" ? "Reviewed claims only" : "Analysts' claims only", without: { ...base, set: null } });
  return out;
}

/** "High confidence", "High or moderate confidence". */
export function confidenceLabel(levels: Confidence[]): string {
  if (levels.length === 1) return CONFIDENCE_LABELS[levels[0] as Confidence];
  const words = [...levels].reverse().map((level) => CONFIDENCE_LABELS[level].replace(/ confidence$/, "").toLowerCase());
  const last = words.pop() ?? "";
  const phrase = `${words.join(", ")} or ${last} confidence`;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
