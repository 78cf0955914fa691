import type { ClaimDto, ClaimSet } from "@/lib/model";
import type { KindFilter } from "./kind-filter";

/** Whose claims the panel and the highlights show: everyone's, mine, one analyst's, or those made before accounts. */
export type AuthorFilter = "everyone" | "me" | "unknown" | `user:${string}`;

/** Which claim set the panel and the highlights show: both, the reviewed set only, or the analysts' claims only. */
export type SetFilter = "all" | ClaimSet;

/** The filters of the claims panel; a claim is shown when it passes all of them. */
export interface ClaimFilter {
  kind: KindFilter;
  author: AuthorFilter;
  set: SetFilter;
}

export const NO_FILTER: ClaimFilter = { kind: "all", author: "everyone", set: "all" };

/** The choices of the "Set" list, in order. */
export const SET_OPTIONS: readonly { value: SetFilter; label: string }[] = [
  { value: "all", label: "All" },
  { value: "reviewed", label: "Reviewed" },
  { value: "analyst", label: "Analysts’" },
];

/** One choice of the "Show claims by" list. */
export interface AuthorOption {
  value: AuthorFilter;
  label: string;
}

/** Whether a claim was tagged by the author the filter names. */
export function matchesAuthor(claim: Pick<ClaimDto, "createdBy">, author: AuthorFilter, meId: string): boolean {
  if (author === "everyone") return true;
  const id = claim.createdBy?.id ?? null;
  if (author === "me") return id === meId;
  if (author === "unknown") return id === null;
  return id === author.slice("user:".length);
}

/** Whether a claim is in the set the filter names. */
export function matchesSet(claim: Pick<ClaimDto, "set">, set: SetFilter): boolean {
  return set === "all" || claim.set === set;
}

/** Whether a claim passes every filter. */
export function matchesFilter(claim: Pick<ClaimDto, "createdBy" | "kind" | "set">, filter: ClaimFilter, meId: string): boolean {
  return (filter.kind === "all" || claim.kind === filter.kind) && matchesSet(claim, filter.set) && matchesAuthor(claim, filter.author, meId);
}

/**
 * Whether the panel offers the "Set" filter: once the article has reviewed claims, or while a set other than
 * All is chosen (so that a filter in effect is never hidden).
 */
export function offersSetFilter(claims: readonly Pick<ClaimDto, "set">[], selected: SetFilter): boolean {
  return selected !== "all" || claims.some((c) => c.set === "reviewed");
}

/** Parses a value of the "Set" list (a `<select>` hands back a string). */
export function parseSetFilter(value: string): SetFilter {
  return value === "reviewed" || value === "analyst" ? value : "all";
}

/**
 * The choices of "Show claims by": Everyone, Me, then each other analyst who tagged claims here (by name),
 * and the claims made before accounts existed when there are any. A chosen analyst whose claims are all gone
 * stays in the list, so the list never silently shows something else than what it says.
 */
export function authorOptions(claims: readonly Pick<ClaimDto, "createdBy">[], meId: string, selected: AuthorFilter): AuthorOption[] {
  const others = new Map<string, string>();
  let unknown = false;
  for (const { createdBy } of claims) {
    if (!createdBy) unknown = true;
    else if (createdBy.id !== meId) others.set(createdBy.id, createdBy.name);
  }
  const options: AuthorOption[] = [
    { value: "everyone", label: "Everyone" },
    { value: "me", label: "Me" },
    ...[...others]
      .sort(([, a], [, b]) => a.localeCompare(b, "en"))
      .map(([id, name]): AuthorOption => ({ value: `user:${id}`, label: name })),
  ];
  if (unknown || selected === "unknown") options.push({ value: "unknown", label: "Before accounts" });
  if (!options.some((o) => o.value === selected)) options.push({ value: selected, label: "An analyst with no claims here" });
  return options;
}

/** Parses a value of the "Show claims by" list (a `<select>` hands back a string). */
export function parseAuthorFilter(value: string): AuthorFilter {
  if (value === "me" || value === "unknown" || value.startsWith("user:")) return value as AuthorFilter;
  return "everyone";
}
