/**
 * The speakers this browser used last, for the speaker picker's "Recently used" group. Kept in localStorage:
 * they are a convenience of one analyst's browser, not data to share.
 */

export interface RecentSpeaker {
  id: string;
  name: string;
}

export const RECENT_SPEAKERS_KEY = "claimlens:recent-speakers";
export const MAX_RECENT_SPEAKERS = 5;

/** The list with `speaker` moved (or added) to the front, without duplicates, at most five long. */
export function withRecentSpeaker(list: readonly RecentSpeaker[], speaker: RecentSpeaker): RecentSpeaker[] {
  return [{ id: speaker.id, name: speaker.name }, ...list.filter((s) => s.id !== speaker.id)].slice(0, MAX_RECENT_SPEAKERS);
}

/** The stored list, read defensively: whatever else is in the key (an old shape, hand edits) counts as nothing. */
export function parseRecentSpeakers(raw: string | null): RecentSpeaker[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const speakers: RecentSpeaker[] = [];
  for (const item of value) {
    const { id, name } = (item ?? {}) as Partial<Record<string, unknown>>;
    if (typeof id !== "string" || typeof name !== "string" || seen.has(id)) continue;
    seen.add(id);
    speakers.push({ id, name });
  }
  return speakers.slice(0, MAX_RECENT_SPEAKERS);
}

// Storage may be missing or refuse writes (private windows, full quota): recent speakers are then simply absent.
function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The speakers used last in this browser, most recent first. */
export function loadRecentSpeakers(): RecentSpeaker[] {
  try {
    return parseRecentSpeakers(storage()?.getItem(RECENT_SPEAKERS_KEY) ?? null);
  } catch {
    return [];
  }
}

/** Records that a claim was just saved with this speaker. */
export function rememberSpeaker(speaker: RecentSpeaker): void {
  try {
    storage()?.setItem(RECENT_SPEAKERS_KEY, JSON.stringify(withRecentSpeaker(loadRecentSpeakers(), speaker)));
  } catch {
    // Not remembered; nothing else depends on it.
  }
}

/** Forgets speakers that no longer exist (deleted, or merged into another). */
export function forgetSpeakers(ids: readonly string[]): void {
  if (ids.length === 0) return;
  try {
    const gone = new Set(ids);
    storage()?.setItem(RECENT_SPEAKERS_KEY, JSON.stringify(loadRecentSpeakers().filter((s) => !gone.has(s.id))));
  } catch {
    // As above.
  }
}
