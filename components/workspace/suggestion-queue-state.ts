import { SPEAKER_KIND_LABELS } from "@/lib/model";
import type { SuggestionDto } from "@/lib/suggestions/model";

/** The pure side of the suggestions queue: walking it, what is left after a decision, and how a speaker reads. */

/** The suggestion J (+1) or K (-1) moves to from `currentId`: the first or last when none is current. */
export function stepSuggestion(items: readonly SuggestionDto[], currentId: string | null, delta: 1 | -1): string | null {
  if (items.length === 0) return null;
  const at = currentId ? items.findIndex((s) => s.id === currentId) : -1;
  if (at < 0) return (delta > 0 ? items[0] : items[items.length - 1])?.id ?? null;
  return (items[at + delta] ?? items[at])?.id ?? null;
}

/**
 * The queue once `decided` are accepted or rejected, and the suggestion that is current then: the one after
 * the current one if it was decided (the review goes on down the text), else the one before, else none.
 */
export function afterDecision(items: readonly SuggestionDto[], decided: ReadonlySet<string>, currentId: string | null): { items: SuggestionDto[]; currentId: string | null } {
  const left = items.filter((s) => !decided.has(s.id));
  if (!currentId || !decided.has(currentId)) return { items: left, currentId: currentId && left.some((s) => s.id === currentId) ? currentId : null };
  const at = items.findIndex((s) => s.id === currentId);
  const next = items.slice(at + 1).find((s) => !decided.has(s.id)) ?? items.slice(0, at).reverse().find((s) => !decided.has(s.id));
  return { items: left, currentId: next?.id ?? null };
}

/** Who a suggestion is by, and whether accepting it creates that speaker ("New speaker: John Kirby (person)"). */
export function suggestedSpeaker(s: Pick<SuggestionDto, "kind" | "speaker">): { label: string; isNew: boolean } {
  if (s.kind === "reporter") return { label: "Reporter statement", isNew: false };
  if (!s.speaker) return { label: "Speaker not found: choose one (E)", isNew: false };
  if (s.speaker.speakerId) return { label: s.speaker.name, isNew: false };
  return { label: `New speaker: ${s.speaker.name} (${SPEAKER_KIND_LABELS[s.speaker.kind].toLowerCase()})`, isNew: true };
}

/** Whether two suggestions are by the same speaker: the same directory speaker, or the same new name. */
export function sameSpeaker(a: Pick<SuggestionDto, "speaker">, b: Pick<SuggestionDto, "speaker">): boolean {
  if (!a.speaker || !b.speaker) return false;
  if (a.speaker.speakerId || b.speaker.speakerId) return a.speaker.speakerId === b.speaker.speakerId;
  return a.speaker.name.toLowerCase() === b.speaker.name.toLowerCase();
}

/** At most this many items are rendered, around the current one: an article may bring hundreds. */
const WINDOW = 25;

/** The slice of the queue to render: all of a short queue, else a window starting a few before the current one. */
export function queueWindow(count: number, currentIndex: number): { from: number; to: number } {
  if (count <= WINDOW) return { from: 0, to: count };
  const from = Math.max(0, Math.min(currentIndex - 5, count - WINDOW));
  return { from, to: from + WINDOW };
}
