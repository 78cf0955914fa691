import type { SpeakerDto } from "@/lib/model";

/** A speaker as a claim refers to it. */
export interface SpeakerChoice {
  id: string;
  name: string;
}

/** One choice in the speaker list: an existing speaker (with what matched), or creating a new one. */
export type SpeakerOption = { type: "speaker"; speaker: SpeakerDto; detail: string } | { type: "create"; name: string };

const fold = (s: string) => s.toLocaleLowerCase();

/**
 * The speaker list's options for the typed words: each found speaker with its matching aliases and
 * description ("alias Kirby · National Security Council coordinator"), then "Create speaker" when no name
 * or alias equals the typed words. The create option waits for results that answer the current words, so a
 * stale list never offers to create a speaker who exists.
 */
export function speakerOptions(results: { query: string; speakers: SpeakerDto[] } | null, typed: string): SpeakerOption[] {
  const speakers = results?.speakers ?? [];
  const wanted = fold(typed);
  const options: SpeakerOption[] = speakers.map((speaker) => {
    const aliases = wanted === "" ? [] : speaker.aliases.filter((alias) => fold(alias).includes(wanted));
    const parts = [
      aliases.length > 0 ? `${aliases.length === 1 ? "alias" : "aliases"} ${aliases.join(", ")}` : "",
      speaker.description ?? "",
    ].filter((part) => part !== "");
    return { type: "speaker", speaker, detail: parts.join(" · ") };
  });
  const fresh = results !== null && fold(results.query) === wanted;
  const exact = speakers.some((s) => fold(s.name) === wanted || s.aliases.some((alias) => fold(alias) === wanted));
  if (fresh && wanted !== "" && !exact) options.push({ type: "create", name: typed });
  return options;
}
