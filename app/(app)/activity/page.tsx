import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listActivity } from "@/db/history/history";
import { requireActor } from "@/app/_lib/session";
import { listAccountNames } from "@/db/accounts/users";
import { userIdSchema } from "@/lib/auth/account-schemas";
import { activityQuerySchema } from "@/lib/schemas";
import { ActivityList } from "@/components/activity/activity-list";
import { ActorFilter } from "@/components/activity/actor-filter";
import styles from "@/components/activity/activity.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Activity" };

interface PageProps {
  searchParams: Promise<{ actor?: string | string[] }>;
}

/**
 * The team's activity: every change to claims across all articles, newest first and by day, such as a lead
 * reviewing what an analyst did today. `?actor=` keeps one person's changes. Every role may see it, as every
 * role may see each article's history.
 */
export default async function ActivityPage({ searchParams }: PageProps) {
  const { actor } = await searchParams;
  // A malformed `actor` in a hand-edited address (or the empty "Everyone" of the plain form) shows everyone's.
  const parsed = userIdSchema.safeParse(actor);
  const actorId = parsed.success ? parsed.data : null;
  const [db, viewer] = await Promise.all([getDb(), requireActor()]);
  // The API's default page, so that "Load more" continues in pages of the same size.
  const { limit } = activityQuerySchema.parse({});
  const [people, page] = await Promise.all([listAccountNames(db), listActivity(db, viewer, { ...(actorId ? { actorId } : {}), limit })]);
  const person = actorId ? { id: actorId, name: people.find((p) => p.id === actorId)?.name ?? "this account" } : null;

  return (
    <div className={styles.page}>
      <header className={styles.pageHeader}>
        <div>
          <h1>Activity</h1>
          <p className="muted">Who tagged, edited, moved or deleted which claim, across every article, newest first.</p>
        </div>
        {/* The same changes, all of them, for an audit or another tool: streamed by the API. */}
        <a className="button small" href={`/api/activity/export${actorId ? `?actor=${encodeURIComponent(actorId)}` : ""}`} download>
          Download as JSON Lines
        </a>
      </header>
      <ActorFilter key={`filter-${actorId ?? ""}`} people={people} actorId={actorId} />
      {/* Keyed by the view and its newest entry, so that a new address or a render after a change starts afresh. */}
      <ActivityList key={`${actorId ?? ""}-${page.items[0]?.id ?? "none"}`} initial={page} actor={person} />
    </div>
  );
}
