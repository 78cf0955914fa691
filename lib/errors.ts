/**
 * The one error type of the domain. Each code maps to one HTTP status in `app/api/_lib/respond.ts`;
 * the message is written for the analyst who will read it, never a database detail.
 */
export type ErrorCode =
  | "malformed"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "gone"
  | "invalid"
  | "too_large"
  | "rate_limited"
  | "unavailable";

/** One problem with an input, located by its path (`claims[3].end`, `speaker`). */
export interface Issue {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
}

export const notFound = (what: string, id: string) => new AppError("not_found", `No ${what} has the id ${id}.`);
export const unauthenticated = (message = "Sign in to use Claimlens: this request carries no valid session or API token.") =>
  new AppError("unauthenticated", message);
export const forbidden = (message: string, details?: unknown) => new AppError("forbidden", message, details);
export const invalid = (message: string, issues?: Issue[]) => new AppError("invalid", message, issues ? { issues } : undefined);

/** True for an AppError; also across module copies, where `instanceof` can fail. */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof Error && error.name === "AppError" && "code" in error);
}
