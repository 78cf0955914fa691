/**
 * Who a mention refers to, as a reader resolves it: a surname to the full name introduced earlier, "he" / "she"
 * to the most recent person, "they" to the most recent group, "the spokesman" to the most recent speaker so
 * described. Entities are remembered in text order, so resolution only looks back.
 */
import type { Mention } from "./mentions";
import { firstNameGender } from "./first-names";
import type { SpeakerKind } from "./types";

export interface Entity {
  name: string;
  kind: SpeakerKind;
  description: string | null;
  /** Lower-case words of the name, for surname matches. */
  words: string[];
  /** Role and description words ("spokesman", "coordinator", "judge"). */
  roles: Set<string>;
  lastSeen: number;
  /** Has been a speaker: speakers are more salient antecedents for "he" and "she" than people merely named. */
  spoke: boolean;
  gender: "m" | "f" | null;
}

const FEMININE = /\b(mrs|ms|miss|spokeswoman|chairwoman|congresswoman|businesswoman|queen|princess|wife|mother|daughter|sister|woman)\b/iu;
const MASCULINE = /\b(mr|spokesman|chairman|congressman|businessman|king|prince|husband|father|son|brother|man)\b/iu;
// Antecedents for "he" and "she": a speaker stays in focus for a while after people merely named since.
const SPEAKER_SALIENCE = 300;
const GENERIC_ROLES = new Set([
  "spokesman", "spokeswoman", "spokesperson", "official", "aide", "adviser", "advisor", "lawmaker", "senator",
  "representative", "minister", "president", "leader", "diplomat", "officer", "secretary", "governor", "mayor",
  "chairman", "chairwoman", "candidate", "nominee", "judge", "lawyer", "attorney", "coordinator", "director",
]);

const words = (s: string) => s.toLowerCase().replace(/['’]s\b/gu, "").split(/[^\p{L}\p{N}.-]+/u).filter(Boolean);

// The words of a description that describe its person: not an owner ("the authority's chief executive" is a chief
// executive, not the authority).
const roleWords = (description: string | null) => words((description ?? "").replace(/\S+['’]s\b/gu, " "));

export class Entities {
  private list: Entity[] = [];

  private touch(e: Entity, at: number): Entity {
    e.lastSeen = Math.max(e.lastSeen, at);
    return e;
  }

  private byName(name: string): Entity | undefined {
    const w = words(name);
    if (w.length === 0) return undefined;
    let best: Entity | undefined;
    for (const e of this.list) {
      const same = e.words.join(" ") === w.join(" ");
      // "Kirby" (or "John Kirby") is the entity "John Kirby"; a longer name upgrades a surname seen first.
      const inside = w.every((x) => e.words.includes(x)) || (e.words.length === 1 && w[w.length - 1] === e.words[0]);
      if ((same || inside) && (!best || same || e.lastSeen > best.lastSeen)) best = e;
      if (same) break;
    }
    return best;
  }

  private add(name: string, kind: SpeakerKind, description: string | null, at: number): Entity {
    const context = `${description ?? ""}`;
    const nameWords = words(name);
    const gender = FEMININE.test(context) ? "f" : MASCULINE.test(context) ? "m" : kind === "person" && nameWords.length > 1 ? firstNameGender(nameWords[0]) : null;
    const e: Entity = { name, kind, description, words: nameWords, roles: new Set(roleWords(description)), lastSeen: at, spoke: false, gender };
    this.list.push(e);
    return e;
  }

  /** Remembers a person named in the reporter's text (not as a speaker), as an antecedent for later pronouns. */
  note(m: Mention, at: number, title: string | null): void {
    if (m.form !== "name") return;
    const e = this.resolveName(m, at);
    if (title && !e.gender) e.gender = /^(mrs|ms|miss)\.?$/iu.test(title) ? "f" : /^mr\.?$/iu.test(title) ? "m" : null;
  }

  /** The entity a speaker mention at offset `at` refers to, remembering new names; null when a pronoun has no antecedent. */
  resolveSpeaker(m: Mention, at: number): Entity | null {
    const e = this.resolve(m, at);
    if (e) e.spoke = true;
    return e;
  }

  private resolveName(m: Mention, at: number): Entity {
    const found = this.byName(m.name);
    if (found) {
      if (words(m.name).length > found.words.length && found.kind === m.kind) {
        found.name = m.name;
        found.words = words(m.name);
        if (!found.gender && found.kind === "person") found.gender = firstNameGender(found.words[0]);
      }
      if (!found.description && m.description) found.description = m.description;
      for (const r of roleWords(m.description)) found.roles.add(r);
      return this.touch(found, at);
    }
    return this.add(m.name, m.kind, m.description, at);
  }

  private resolve(m: Mention, at: number): Entity | null {
    if (m.form === "name") return this.resolveName(m, at);
    if (m.form === "pronoun" && (m.head === "he" || m.head === "she")) {
      const gender = m.head === "he" ? "m" : "f";
      let best: Entity | undefined;
      let bestScore = -Infinity;
      for (const e of this.list) {
        if (e.kind !== "person" || (e.gender && e.gender !== gender)) continue;
        const score = e.lastSeen + (e.spoke ? SPEAKER_SALIENCE : 0);
        if (score > bestScore) (best = e), (bestScore = score);
      }
      if (best) best.gender = gender;
      return best ? this.touch(best, at) : null;
    }
    if (m.form === "pronoun") {
      const want = m.head === "they" || m.head === "we" ? ["organization", "unnamed_source", "person"] : m.head === "it" ? ["organization"] : ["person"];
      const plural = m.head === "they" || m.head === "we";
      let best: Entity | undefined;
      for (const e of this.list) {
        if (!want.includes(e.kind)) continue;
        if (plural && e.kind === "person") continue;
        if (!best || e.lastSeen > best.lastSeen) best = e;
      }
      if (!best && plural) best = this.latest("person");
      return best ? this.touch(best, at) : null;
    }
    // "Her letter said", "his filing argued": a document speaks for its owner.
    const owner = m.form === "document" ? /^(his|her)\s/iu.exec(m.name) : null;
    if (owner) {
      const person = this.resolve({ ...m, form: "pronoun", head: owner[1]!.toLowerCase() === "his" ? "he" : "she", name: owner[1]! }, at);
      if (person) return person;
    }
    if (m.form === "role" || (m.form === "document" && m.definite)) {
      let best: Entity | undefined;
      for (const e of this.list) if (e.roles.has(m.head) && (!best || e.lastSeen > best.lastSeen)) best = e;
      if (best) return this.touch(best, at);
      // "the spokesman", "the official": a generic role points back to the person who spoke last, nearby.
      // (Only a bare role: "the GOP nominee" or "the mayor's lawyer" is someone described, not the last speaker.)
      if (m.form === "role" && GENERIC_ROLES.has(m.head) && /^the\s+\S+$/iu.test(m.name.trim())) {
        const person = this.latest("person");
        if (person && person.spoke && at - person.lastSeen < 1500) return this.touch(person, at);
      }
    }
    const e = this.byName(m.name) ?? this.add(m.name, m.kind, m.description, at);
    e.roles.add(m.head);
    return this.touch(e, at);
  }

  private latest(kind: SpeakerKind): Entity | undefined {
    let best: Entity | undefined;
    for (const e of this.list) if (e.kind === kind && (!best || e.lastSeen > best.lastSeen)) best = e;
    return best;
  }
}
