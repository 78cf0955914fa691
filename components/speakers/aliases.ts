/**
 * The aliases typed in one comma-separated field: "Kirby,  Adm. Kirby ,, kirby" gives ["Kirby", "Adm. Kirby"].
 * Inner runs of spaces collapse, empty entries drop, and a repeat differing only in case is kept once, as the
 * server would refuse it anyway.
 */
export function splitAliases(input: string): string[] {
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const part of input.split(",")) {
    const alias = part.trim().replace(/\s+/g, " ");
    const key = alias.toLowerCase();
    if (alias === "" || seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  return aliases;
}
