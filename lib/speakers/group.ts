import type { SpeakerClaimDto } from "./model";

/** A run of claims from one article, in the order the list has them. */
export interface ArticleGroup {
  article: SpeakerClaimDto["article"];
  claims: SpeakerClaimDto[];
}

/**
 * Groups a list of claims by article, keeping the list's order: consecutive claims of the same article form
 * one group. Sorted by article date, every article is one group; sorted by confidence, an article may appear
 * once per confidence level, which is what that order asks for. Pages appended later extend the last group.
 */
export function groupByArticle(claims: readonly SpeakerClaimDto[]): ArticleGroup[] {
  const groups: ArticleGroup[] = [];
  for (const claim of claims) {
    const last = groups[groups.length - 1];
    if (last && last.article.id === claim.articleId) last.claims.push(claim);
    else groups.push({ article: claim.article, claims: [claim] });
  }
  return groups;
}
