"use client";

import type { ArticleDto, ArticleSummaryDto, ClaimDto, Page, SpeakerDto } from "@/lib/model";
import type { ArticleDocument } from "@/lib/export/claimlens-document";

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

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { accept: "application/json" } : { accept: "application/json", "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
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

export const api = {
  listArticles: (cursor?: string) =>
    request<Page<ArticleSummaryDto>>("GET", `/api/articles${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`),
  createArticle: (input: { title?: string | null; text: string; sourceUrl?: string | null; publishedAt?: string | null; format?: "text" | "markdown" }) =>
    request<ArticleDto>("POST", "/api/articles", input),
  getArticle: (id: string) => request<ArticleDto>("GET", `/api/articles/${id}`),
  deleteArticle: (id: string) => request<void>("DELETE", `/api/articles/${id}`),
  listClaims: (articleId: string) => request<{ items: ClaimDto[] }>("GET", `/api/articles/${articleId}/claims`),
  createClaim: (articleId: string, fields: ClaimFields) => request<ClaimDto>("POST", `/api/articles/${articleId}/claims`, fields),
  updateClaim: (id: string, patch: Partial<ClaimFields> & { version: number }) => request<ClaimDto>("PATCH", `/api/claims/${id}`, patch),
  deleteClaim: (id: string) => request<void>("DELETE", `/api/claims/${id}`),
  exportArticle: (id: string) => request<ArticleDocument>("GET", `/api/articles/${id}/export`),
  searchSpeakers: (q: string, limit = 20) =>
    request<{ items: SpeakerDto[] }>("GET", `/api/speakers?q=${encodeURIComponent(q)}&limit=${limit}`),
  createSpeaker: (input: { name: string; kind?: SpeakerDto["kind"]; description?: string | null; aliases?: string[] }) =>
    request<SpeakerDto>("POST", "/api/speakers", input),
  getSpeaker: (id: string) => request<SpeakerDto>("GET", `/api/speakers/${id}`),
  addAlias: (speakerId: string, alias: string) => request<SpeakerDto>("POST", `/api/speakers/${speakerId}/aliases`, { alias }),
  removeAlias: (speakerId: string, alias: string) =>
    request<SpeakerDto>("DELETE", `/api/speakers/${speakerId}/aliases/${encodeURIComponent(alias)}`),
};
