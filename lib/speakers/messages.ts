/** Messages of the speaker directory and pages that carry counts and names, written once so the API and tests agree. */

const count = (n: number, noun: string) => `${n.toLocaleString("en-US")} ${n === 1 ? noun : `${noun}s`}`;

/** “A”, “A” and “B”, “A”, “B” and “C”. */
export function listTitles(titles: readonly string[]): string {
  const quoted = titles.map((t) => `“${t}”`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

/**
 * Why a speaker with claims cannot be deleted, saying how many and where: "John Kirby still has 12 claims, in
 * 3 articles: “A”, “B” and “C”." `titles` are the articles with most of the speaker's claims, a few at most.
 */
export function deleteRefusalMessage(name: string, claimCount: number, articleCount: number, titles: readonly string[]): string {
  const where =
    articleCount === 1
      ? `in the article ${listTitles(titles)}`
      : titles.length < articleCount
        ? `in ${count(articleCount, "article")}, among them ${listTitles(titles)}`
        : `in ${count(articleCount, "article")}: ${listTitles(titles)}`;
  return `${name} still has ${count(claimCount, "claim")}, ${where}. Merge ${name} into another speaker, or delete or re-attribute those claims first.`;
}

/** Why a speaker id names nobody now: "No speaker has the id …: “Kirby” was merged into John Kirby." */
export function mergedAwayMessage(id: string, name: string, survivorName: string): string {
  return `No speaker has the id ${id}: “${name}” was merged into ${survivorName}.`;
}

/**
 * The notice on the page of the speaker who stayed, for a reader who followed a link to the merged-away one:
 * "“Kirby” was merged into this speaker by Ada Admin on 25 Nov 2026." `by` null: merged without an account.
 */
export function mergedNotice(name: string, by: string | null, day: string): string {
  return `“${name}” was merged into this speaker${by ? ` by ${by}` : ""} on ${day}.`;
}
