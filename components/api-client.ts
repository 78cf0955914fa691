"use client";

import { expandClaimsTable, type ClaimsTable } from "@/lib/claims/claims-table";
import { articleUrl, claimsUrl } from "@/components/workspace/workspace-urls";
import type { FormattingRange } from "@/lib/extract/formatting";
import type { ActivityEntryDto, ArticleDto, ImportPreviewDto, ArticleSummaryDto, ClaimDto, ClaimHistoryEntryDto, Page, ReanchorReport, RevisionDto, RevisionSummaryDto, SpeakerDto } from "@/lib/model";
import type { ArticleDocument } from "@/lib/export/claimlens-document";
import type { ImportReport } from "@/lib/import/import-report";
import type { MergePlanDto, MergeResultDto, SpeakerClaimDto, SpeakerHistoryEntryDto, SpeakerProfileDto, SpeakerSort } from "@/lib/speakers/model";
import type { InvitationDto, UserDto } from "@/lib/auth/model";
import type { Role } from "@/lib/auth/roles";
import type { ApiTokenDto } from "@/lib/auth/model";
import type { AssignmentDto, ReviewReportDto, ReviewUnitsDto } from "@/lib/agreement/model";
import type { ReviewDecision } from "@/lib/agreement/schemas";
import type { SuggestionDto, SuggestionStatus, UserSettingsDto } from "@/lib/suggestions/model";

/**
 * The browser's side of the REST API: the UI goes through `/api` like any script would, so every rule is
 * enforced once, on the server. Failures become `ApiError`s carrying the server's plain-words message.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** A body that is JSON text already (a document the analyst picked), sent as it is rather than stringified again. */
class JsonText {
  constructor(readonly text: string) {}
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { accept: "application/json" } : { accept: "application/json", "content-type": "application/json" },
      body: body === undefined ? undefined : body instanceof JsonText ? body.text : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", "Claimlens could not reach the server. Check that it is running, then try again.");
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(response.status, error?.code ?? "unknown", error?.message ?? `The server answered ${response.status}.`, error?.details);
  }
  return payload as T;
}

export interface ClaimFields {
  start: number;
  end: number;
  kind: ClaimDto["kind"];
  speakerId?: string | null;
  speaker?: string | null;
  cue?: string | null;
  confidence: ClaimDto["confidence"];
  note?: string | null;
}

/** What an import sends: the text with its title, source and date, and what a confirmed web preview adds. */
export interface ArticleImportFields {
  title?: string | null;
  text: string;
  sourceUrl?: string | null;
  publishedAt?: string | null;
  format?: "text" | "markdown";
  byline?: string | null;
  siteName?: string | null;
  modifiedAt?: string | null;
  language?: string | null;
  canonicalUrl?: string | null;
  formatting?: FormattingRange[];
  snapshotId?: string | null;
}

export const api = {
  listArticles: (cursor?: string) =>
    request<Page<ArticleSummaryDto>>("GET", `/api/articles${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`),
  createArticle: (input: ArticleImportFields) => request<ArticleDto>("POST", "/api/articles", input),
  // Web import (issue 13): extract a page (by address, or its HTML) without storing an article.
  previewImport: (input: { url: string } | { html: string; url?: string | null }) => request<ImportPreviewDto>("POST", "/api/import/preview", input),
  getArticle: (id: string) => request<ArticleDto>("GET", articleUrl(id)),
  deleteArticle: (id: string) => request<void>("DELETE", `/api/articles/${id}`),
  // Article text revisions (issue 5). A save on top of an older revision fails with 409, details.currentRevision.
  saveArticleText: (id: string, input: { text: string; baseRevision: number; format?: "text" | "markdown" }) =>
    request<ReanchorReport>("PUT", `/api/articles/${id}/text`, input),
  listRevisions: (id: string, cursor?: string | null) =>
    request<Page<RevisionSummaryDto>>("GET", `/api/articles/${id}/revisions${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`),
  getRevision: (id: string, revision: number) => request<RevisionDto>("GET", `/api/articles/${id}/revisions/${revision}`),
  restoreRevision: (id: string, revision: number, baseRevision: number) =>
    request<ReanchorReport>("POST", `/api/articles/${id}/revisions/${revision}/restore`, { baseRevision }),
  /** The article's claims, read as one table (what the page preloads: see claims-url.ts). */
  listClaims: (articleId: string) => request<ClaimsTable>("GET", claimsUrl(articleId)).then(expandClaimsTable),
  createClaim: (articleId: string, fields: ClaimFields) => request<ClaimDto>("POST", `/api/articles/${articleId}/claims`, fields),
  updateClaim: (id: string, patch: Partial<ClaimFields> & { version: number }) => request<ClaimDto>("PATCH", `/api/claims/${id}`, patch),
  /** With the version last seen, a claim changed meanwhile is not deleted (409 with `details.current`). */
  deleteClaim: (id: string, version?: number) => request<void>("DELETE", `/api/claims/${id}${version ? `?version=${version}` : ""}`),
  // Claim history and restore (issue 6). Restore brings a deleted claim back as it was, with its id: 409 if it exists.
  restoreClaim: (id: string) => request<ClaimDto>("POST", `/api/claims/${id}/restore`, {}),
  claimHistory: (id: string) => request<{ items: ClaimHistoryEntryDto[] }>("GET", `/api/claims/${id}/history`),
  articleHistory: (articleId: string, cursor?: string | null) =>
    request<Page<ClaimHistoryEntryDto>>("GET", `/api/articles/${articleId}/history${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`),
  /** The team's claim changes across every article, newest first; `actor` (an account id) keeps one person's. */
  activity: (actor?: string | null, cursor?: string | null) =>
    request<Page<ActivityEntryDto>>("GET", `/api/activity?${new URLSearchParams({ ...(actor ? { actor } : {}), ...(cursor ? { cursor } : {}) })}`),
  exportArticle: (id: string) => request<ArticleDocument>("GET", `/api/articles/${id}/export`),
  searchSpeakers: (q: string, limit = 20) =>
    request<{ items: SpeakerProfileDto[] }>("GET", `/api/speakers?q=${encodeURIComponent(q)}&limit=${limit}`),
  createSpeaker: (input: { name: string; kind?: SpeakerDto["kind"]; description?: string | null; aliases?: string[] }) =>
    request<SpeakerProfileDto>("POST", "/api/speakers", input),
  speakersByIds: (ids: string[]) => request<{ items: SpeakerDto[] }>("GET", `/api/speakers?ids=${ids.map(encodeURIComponent).join(",")}`),
  getSpeaker: (id: string) => request<SpeakerProfileDto>("GET", `/api/speakers/${id}`),
  addAlias: (speakerId: string, alias: string) => request<SpeakerProfileDto>("POST", `/api/speakers/${speakerId}/aliases`, { alias }),
  removeAlias: (speakerId: string, alias: string) =>
    request<SpeakerProfileDto>("DELETE", `/api/speakers/${speakerId}/aliases/${encodeURIComponent(alias)}`),
  // The speaker directory and speaker page (issue 4).
  listSpeakerDirectory: (query: { q?: string; sort: SpeakerSort; cursor?: string | null; limit?: number }) =>
    request<Page<SpeakerProfileDto>>("GET", `/api/speakers?${new URLSearchParams({
      sort: query.sort,
      limit: String(query.limit ?? 50),
      ...(query.q ? { q: query.q } : {}),
      ...(query.cursor ? { cursor: query.cursor } : {}),
    })}`),
  updateSpeaker: (id: string, patch: { name?: string; kind?: SpeakerDto["kind"]; description?: string | null }) =>
    request<SpeakerProfileDto>("PATCH", `/api/speakers/${id}`, patch),
  deleteSpeaker: (id: string) => request<void>("DELETE", `/api/speakers/${id}`),
  previewMerge: (intoId: string, fromId: string) => request<MergePlanDto>("POST", `/api/speakers/${intoId}/merge?preview=true`, { fromId }),
  mergeSpeakers: (intoId: string, fromId: string) => request<MergeResultDto>("POST", `/api/speakers/${intoId}/merge`, { fromId }),
  /** `search` is the speaker page's query string (filters, sort, cursor), as `claimsSearchParams` builds it. */
  listSpeakerClaims: (speakerId: string, search: URLSearchParams) =>
    request<Page<SpeakerClaimDto>>("GET", `/api/speakers/${speakerId}/claims?${search}`),
  /** Every change to the speaker, newest first, a page at a time. */
  speakerHistory: (speakerId: string, cursor?: string | null) =>
    request<Page<SpeakerHistoryEntryDto>>("GET", `/api/speakers/${speakerId}/history${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`),
  speakerSuggestions: (articleId: string, span: { start: number; end: number }) =>
    request<{ items: SpeakerProfileDto[] }>("GET", `/api/articles/${articleId}/speaker-suggestions?start=${span.start}&end=${span.end}`),
  /**
   * Imports a `claimlens/1` document given as JSON text; a dry run reports without writing. A document with
   * problems fails with a 422 whose `details` hold `issues` (each with its path) and the `report`.
   */
  importDocument: (json: string, options: { dryRun: boolean }) =>
    request<ImportReport>("POST", `/api/import${options.dryRun ? "?dryRun=true" : ""}`, new JsonText(json)),
  // Accounts (issue 6, administrators only) and the caller's own API tokens. A token is in createToken's answer only.
  listUsers: (cursor?: string | null) => request<Page<UserDto>>("GET", `/api/users${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`),
  createUser: (input: { name: string; email: string; password: string; role: Role }) => request<UserDto>("POST", "/api/users", input),
  updateUser: (id: string, patch: { role?: Role; disabled?: boolean; reviewer?: boolean }) => request<UserDto>("PATCH", `/api/users/${encodeURIComponent(id)}`, patch),
  listInvitations: (cursor?: string | null) => request<Page<InvitationDto>>("GET", `/api/invitations${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`),
  createInvitation: (input: { name: string; email: string; role: Role }) => request<{ token: string; path: string; invitation: InvitationDto }>("POST", "/api/invitations", input),
  revokeInvitation: (id: string) => request<InvitationDto>("DELETE", `/api/invitations/${encodeURIComponent(id)}`),
  listTokens: () => request<{ items: ApiTokenDto[] }>("GET", "/api/tokens"),
  createToken: (name: string) => request<{ token: string; info: ApiTokenDto }>("POST", "/api/tokens", { name }),
  revokeToken: (id: string) => request<ApiTokenDto>("DELETE", `/api/tokens/${id}`),
  assignArticle: (articleId: string, userIds: string[]) =>
    request<{ items: AssignmentDto[] }>("POST", `/api/articles/${articleId}/assignments`, { userIds }),
  markAssignmentDone: (id: string) => request<AssignmentDto>("POST", `/api/assignments/${id}/done`, {}),
  reopenAssignment: (id: string) => request<AssignmentDto>("POST", `/api/assignments/${id}/reopen`, {}),
  reviewArticle: (articleId: string, decisions: ReviewDecision[]) => request<ReviewReportDto>("POST", `/api/articles/${articleId}/review`, { decisions }),
  listReviewUnits: (articleId: string) => request<ReviewUnitsDto>("GET", `/api/articles/${articleId}/disagreements`),
  // Suggested claims (issue 12) and the analyst's own settings.
  listSuggestions: (articleId: string, status?: SuggestionStatus) =>
    request<{ items: SuggestionDto[] }>("GET", `/api/articles/${articleId}/suggestions${status ? `?status=${status}` : ""}`),
  computeSuggestions: (articleId: string, options: { reporterStatements: boolean }) =>
    request<{ items: SuggestionDto[] }>("POST", `/api/articles/${articleId}/suggestions`, options),
  /** 409 when someone decided it meanwhile (`details.current`). */
  acceptSuggestion: (id: string, fields: Partial<ClaimFields> & { confidence: ClaimDto["confidence"] }) =>
    request<ClaimDto>("POST", `/api/suggestions/${id}/accept`, fields),
  rejectSuggestion: (id: string) => request<SuggestionDto>("POST", `/api/suggestions/${id}/reject`),
  acceptAllSuggestions: (articleId: string, input: ({ speakerId: string } | { speakerName: string }) & { confidence: ClaimDto["confidence"] }) =>
    request<{ items: ClaimDto[] }>("POST", `/api/articles/${articleId}/suggestions/accept-all`, input),
  getSettings: () => request<UserSettingsDto>("GET", "/api/me/settings"),
  updateSettings: (patch: Partial<UserSettingsDto>) => request<UserSettingsDto>("PATCH", "/api/me/settings", patch),
};
