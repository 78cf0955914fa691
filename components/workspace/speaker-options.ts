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

/** A labelled run of options in the speaker list; `label` is null when the list has a single, obvious group. */
export interface SpeakerGroup {
  label: string | null;
  options: SpeakerOption[];
}

const speakerOption = (speaker: SpeakerDto): SpeakerOption => ({ type: "speaker", speaker, detail: speaker.description ?? "" });

/**
 * The speaker list before anything is typed: the speakers named near the claim ("Suggested from the text"),
 * then those this browser used last ("Recently used"), then the directory's first speakers ("All speakers").
 * Each speaker appears once, in the first group that has it.
 */
export function startingGroups(suggested: readonly SpeakerDto[], recent: readonly SpeakerDto[], all: readonly SpeakerDto[]): SpeakerGroup[] {
  const seen = new Set<string>();
  const fresh = (speakers: readonly SpeakerDto[]) =>
    speakers.filter((s) => {
      if (seen.has(s.id)) return false;
      seen.add(s.id);
      return true;
    });
  const groups: SpeakerGroup[] = [
    { label: "Suggested from the text", options: fresh(suggested).map(speakerOption) },
    { label: "Recently used", options: fresh(recent).map(speakerOption) },
    { label: "All speakers", options: fresh(all).map(speakerOption) },
  ].filter((group) => group.options.length > 0);
  // Without suggestions or recent speakers, the list is just the directory, as a plain list.
  if (groups.length === 1 && groups[0]?.label === "All speakers") return [{ label: null, options: groups[0].options }];
  return groups;
}
