import { cache } from "react";
import { getDb } from "@/db/client";
import { requireActor } from "@/app/_lib/session";
import { getArticle } from "@/db/articles/articles";
import { getRevision } from "@/db/articles/article-text";
import { isAppError } from "@/lib/errors";
import { parseRevisionNumber, uuidSchema } from "@/lib/schemas";

/** Runs a read, answering null for a `not_found` (the page shows a 404) and rethrowing anything else. */
async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return null;
    throw error;
  }
}

/** The article, or null when the id is malformed or names no article (both are a 404 to the reader). */
export const loadArticle = cache(async (id: string) => {
  if (!uuidSchema.safeParse(id).success) return null;
  return orNull(async () => getArticle(await getDb(), id));
});

/** One revision of an article from the path segments, or null when either does not name one. */
export const loadRevision = cache(async (id: string, n: string | number) => {
  const revision = typeof n === "number" ? n : parseRevisionNumber(n);
  if (revision === undefined || !uuidSchema.safeParse(id).success) return null;
  return orNull(async () => getRevision(await getDb(), id, revision, await requireActor()));
});
