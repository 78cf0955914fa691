import { eq, inArray, sql } from "drizzle-orm";
import { articles, speakerAliases, speakers } from "../schema";
import type { Executor } from "../client";
import { notFound } from "../../lib/errors";
import type { SpeakerProfileDto } from "../../lib/speakers/model";
import { suggestSpeakers, suggestionRegion } from "../../lib/speakers/suggest";
import { checkSpan } from "../claims/claims";
import { speakerColumns, toSpeakerProfile } from "./speaker-columns";

/**
 * The speakers named in a span's sentence or the sentence before it, nearest first: what the speaker picker
 * offers before anything is typed. The database finds the few speakers whose name, alias or surname occurs in
 * that stretch of text at all; `suggestSpeakers` then checks whole words and ranks them.
 */
export async function suggestSpeakersForSpan(
  db: Executor,
  articleId: string,
  span: { start: number; end: number },
  limit = 8,
): Promise<SpeakerProfileDto[]> {
  const [article] = await db.select({ text: articles.text }).from(articles).where(eq(articles.id, articleId));
  if (!article) throw notFound("article", articleId);
  checkSpan(article.text, span.start, span.end);
  const region = suggestionRegion(article.text, span);
  const words = article.text.slice(region.start, region.end);
  const lowered = words.toLowerCase();
  const candidates = await db
    .select({
      id: speakers.id,
      name: speakers.name,
      kind: speakers.kind,
      aliases: sql<string[] | string>`coalesce((select json_agg(a.alias) from ${speakerAliases} a where a.speaker_id = speakers.id), '[]'::json)`,
    })
    .from(speakers)
    .where(
      sql`strpos(${lowered}, lower(${speakers.name})) > 0
        or (${speakers.kind} = 'person' and strpos(${words}, regexp_replace(btrim(${speakers.name}), '^.*\\s', '')) > 0)
        or exists (select 1 from ${speakerAliases} a where a.speaker_id = speakers.id and strpos(${lowered}, lower(a.alias)) > 0)`,
    )
    .limit(500);
  const ranked = suggestSpeakers(
    article.text,
    span,
    candidates.map((c) => ({ ...c, aliases: typeof c.aliases === "string" ? (JSON.parse(c.aliases) as string[]) : c.aliases })),
    limit,
  );
  if (ranked.length === 0) return [];
  const rows = await db.select(speakerColumns).from(speakers).where(inArray(speakers.id, ranked.map((r) => r.speakerId)));
  const byId = new Map(rows.map((row) => [row.id, toSpeakerProfile(row)]));
  return ranked.flatMap((r) => byId.get(r.speakerId) ?? []);
}
