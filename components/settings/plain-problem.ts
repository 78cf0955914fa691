import { ApiError } from "@/components/api-client";

/**
 * A refusal from the server in plain words for a form: each field's problem after the field's label
 * ("Email: must be an email address such as ana@example.org."), otherwise the server's own message.
 */
export function plainProblem(caught: unknown, fallback: string, labels: Record<string, string> = {}): string {
  if (!(caught instanceof ApiError)) return fallback;
  const issues = (caught.details as { issues?: { path: string; message: string }[] } | undefined)?.issues;
  if (caught.status !== 422 || !issues?.length) return caught.message;
  return issues.map((issue) => `${labels[issue.path] ?? issue.path}: ${issue.message.replace(/\.$/, "")}.`).join(" ");
}
