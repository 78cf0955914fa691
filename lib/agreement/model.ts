import type { AssignmentStatus, ClaimDto, UserRefDto } from "../model";
import type { ArticleAgreement } from "./agreement";

/** An assignment as everyone may see it: who, and whether they are done (never how far they have got). */
export interface AssignmentDto {
  id: string;
  articleId: string;
  user: UserRefDto;
  status: AssignmentStatus;
  assignedBy: UserRefDto | null;
  createdAt: string;
  doneAt: string | null;
  reopenedAt: string | null;
}

/** `GET /api/articles/{id}/agreement`. */
export type ArticleAgreementDto = ArticleAgreement & { articleId: string };

/** `GET /api/agreement?articles=…`: the figures over the articles whose assignees are all done. */
export type CorpusAgreementDto = ArticleAgreement & {
  articles: { id: string; title: string }[];
  skipped: { id: string; title: string; reason: string }[];
};

/** One place where the analysts' claims meet: agreed, or a disagreement to review. */
export interface ReviewUnitDto {
  /** The disagreement's key in review decisions (its first claim's id). */
  key: string;
  start: number;
  end: number;
  agreed: boolean;
  versions: { analystId: string; claim: ClaimDto }[];
  /** The reviewed claims made from this unit's claims so far (empty: not reviewed yet, or dropped). */
  reviewed: ClaimDto[];
  /** Who dropped the unit, and when: none of its claims belongs in the reviewed set (null: not dropped). */
  dropped: { by: UserRefDto | null; at: string } | null;
}

/** `GET /api/articles/{id}/disagreements`: every unit in text order, for the compare view and the review. */
export interface ReviewUnitsDto {
  articleId: string;
  analysts: UserRefDto[];
  units: ReviewUnitDto[];
  /** `reviewed`: disagreements settled, by reviewed claims or by a drop; `dropped`: those settled by a drop. */
  counts: { units: number; agreed: number; disagreements: number; reviewed: number; dropped: number };
}

/** What `POST /api/articles/{id}/review` did. */
export interface ReviewReportDto {
  /** Reviewed claims written by these decisions, and kept automatically from agreed units. */
  decided: number;
  agreedKept: number;
  /** Disagreements these decisions dropped (no reviewed claim). */
  dropped: number;
  /** Reviewed claims replaced because a unit was decided again. */
  replaced: number;
  /** Disagreements still without a decision. */
  remaining: number;
}
