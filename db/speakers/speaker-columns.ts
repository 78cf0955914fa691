import { sql } from "drizzle-orm";
import { speakerAliases, speakers } from "../schema";
import type { SpeakerDto } from "../../lib/model";
import type { SpeakerProfileDto } from "../../lib/speakers/model";

// Correlated subqueries name the outer table in full: drizzle leaves columns unqualified in single-table selects.
const aliasesOf = sql<string[] | string>`coalesce((select json_agg(a.alias order by lower(a.alias)) from ${speakerAliases} a where a.speaker_id = speakers.id), '[]'::json)`;

/** The total claim count, as the directory's index on speakers has it. */
export const claimTotal = sql<number>`(${speakers.claimsLow} + ${speakers.claimsModerate} + ${speakers.claimsHigh})`;

/** The columns of a speaker profile: the speaker, its aliases and its claim counts (kept by triggers). */
export const speakerColumns = {
  id: speakers.id,
  name: speakers.name,
  kind: speakers.kind,
  description: speakers.description,
  createdAt: speakers.createdAt,
  aliases: aliasesOf,
  claimsLow: speakers.claimsLow,
  claimsModerate: speakers.claimsModerate,
  claimsHigh: speakers.claimsHigh,
  latestClaimAt: speakers.latestClaimAt,
};

export interface SpeakerRow {
  id: string;
  name: string;
  kind: SpeakerDto["kind"];
  description: string | null;
  createdAt: Date;
  aliases: string[] | string;
  claimsLow: number;
  claimsModerate: number;
  claimsHigh: number;
  latestClaimAt: Date | null;
}

/** A row of `speakerColumns` as the API returns it. */
export function toSpeakerProfile(row: SpeakerRow): SpeakerProfileDto {
  const confidenceCounts = { low: Number(row.claimsLow), moderate: Number(row.claimsModerate), high: Number(row.claimsHigh) };
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    // PGlite returns json as text, postgres.js parses it.
    aliases: typeof row.aliases === "string" ? (JSON.parse(row.aliases) as string[]) : row.aliases,
    claimCount: confidenceCounts.low + confidenceCounts.moderate + confidenceCounts.high,
    createdAt: row.createdAt.toISOString(),
    confidenceCounts,
    latestClaimAt: row.latestClaimAt?.toISOString() ?? null,
  };
}

/** Just the core fields of a speaker, for exports whose format lists exactly those. */
export function toSpeakerDto(profile: SpeakerProfileDto): SpeakerDto {
  const { id, name, kind, description, aliases, claimCount, createdAt } = profile;
  return { id, name, kind, description, aliases, claimCount, createdAt };
}
