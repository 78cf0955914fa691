import { notFound } from "next/navigation";
import { getDb, type Database } from "@/db/client";
import { getArticle } from "@/db/articles/articles";
import { isAppError } from "@/lib/errors";
import { uuidSchema } from "@/lib/schemas";
import { requireActor } from "@/app/_lib/session";

/**
 * The article of an agreement or compare page and what the page reads of its assignments: 404 for an unknown
 * article; while an assignee is not done, no result but the reason to show (the 409's message).
 */
export async function loadAssignedArticle<T>(id: string, read: (db: Database, articleId: string) => Promise<T>) {
  if (!uuidSchema.safeParse(id).success) notFound();
  const actor = await requireActor();
  const db = await getDb();
  const article = await getArticle(db, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  try {
    return { actor, article, result: await read(db, id), problem: null };
  } catch (error) {
    if (!isAppError(error) || error.code !== "conflict") throw error;
    return { actor, article, result: null, problem: error.message };
  }
}
