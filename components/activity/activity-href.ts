/** The activity page's address: everyone's changes, or one account's (`?actor=`). */
export const activityHref = (actorId: string | null) => (actorId ? `/activity?actor=${encodeURIComponent(actorId)}` : "/activity");
