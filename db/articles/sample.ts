import { readFile } from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import { appMeta } from "../schema";
import type { Database } from "../client";
import { createArticle } from "./articles";
import { suggestOnArrival } from "../suggestions/import-article";
import { removePageLitter } from "../../lib/extract/page-litter";

/** The article Claimlens was conceived around, shipped in the repo and imported on first run. */
export const SAMPLE_ARTICLE = {
  file: path.join(process.cwd(), "db", "seed", "examiner-2023-11-21-russia-air-defense.txt"),
  title: "Russia may provide air defense capability to Iran or Hezbollah, US warns",
  publishedAt: "2023-11-21T13:54:00-05:00",
};

const SAMPLE_KEY = "sample_article_imported";

/**
 * Imports the sample article once per installation, so a newcomer has something to annotate. Deleting it
 * later does not bring it back: the installation remembers that it was imported.
 */
export async function ensureSampleArticle(db: Database): Promise<void> {
  const [done] = await db.select().from(appMeta).where(eq(appMeta.key, SAMPLE_KEY));
  if (done) return;
  // The file is the page as it was copied, litter and all; a new install gets the article without it. Installs
  // that imported the sample before keep their text (and their claims' offsets): this runs once per install.
  const text = sampleText(await readFile(SAMPLE_ARTICLE.file, "utf8"));
  await db.transaction(async (tx) => {
    const claimed = await tx
      .insert(appMeta)
      .values({ key: SAMPLE_KEY, value: new Date().toISOString() })
      .onConflictDoNothing()
      .returning();
    if (claimed.length === 0) return; // another process got there first
    const article = await createArticle(tx, {
      title: SAMPLE_ARTICLE.title,
      text,
      format: "text",
      sourceUrl: null,
      publishedAt: SAMPLE_ARTICLE.publishedAt,
    });
    // The first thing a new user sees is the sample with its suggestions waiting (nobody's Settings yet: the default).
    await suggestOnArrival(tx, [article.id], null);
  });
}

/** The sample article's text as a new install imports it: the copied page without its litter. */
export function sampleText(copied: string): string {
  return removePageLitter(copied, SAMPLE_ARTICLE.title).text;
}
