import type { MergePlanDto, SpeakerProfileDto } from "./model";

const byLowerCase = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * What merging `from` into `into` does: every claim and alias of `from` moves to `into`, the merged-away name
 * becomes an alias, and `into` keeps its own name and kind (and takes `from`'s description only if it has none).
 * The same plan is the preview an analyst confirms and the list of writes the merge makes.
 */
export function planMerge(into: SpeakerProfileDto, from: SpeakerProfileDto): MergePlanDto {
  const taken = new Set([into.name, ...into.aliases].map((label) => label.toLowerCase()));
  const aliasesMoving = from.aliases.filter((alias) => !taken.has(alias.toLowerCase()));
  const nameBecomesAlias = from.name;
  const aliases = [...into.aliases, ...aliasesMoving];
  if (!taken.has(nameBecomesAlias.toLowerCase()) && !aliasesMoving.some((a) => a.toLowerCase() === nameBecomesAlias.toLowerCase())) {
    aliases.push(nameBecomesAlias);
  }
  const descriptionAdopted = into.description ? null : from.description;
  return {
    into,
    from,
    claimsMoving: from.claimCount,
    aliasesMoving,
    nameBecomesAlias,
    descriptionAdopted,
    result: {
      name: into.name,
      kind: into.kind,
      description: into.description ?? from.description,
      aliases: aliases.sort(byLowerCase),
      claimCount: into.claimCount + from.claimCount,
    },
  };
}
