/**
 * The repository's attribution gold: article texts (as Claimlens normalises them) in `articles/`, and per article
 * a module in `claims/` listing every claim as a row `[type, speaker as written, cue, quote, canonical speaker?,
 * occurrence?]`, the quote verbatim (its n-th occurrence when the same words recur, first by default). Offsets
 * are computed here, failing loudly on a quote that is not in the text.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GoldClaim } from "../score";

export type GoldRow = [type: "attributed" | "reporter", speaker: string | null, cue: string | null, quote: string, canonical?: string | null, occurrence?: number];

export interface GoldArticle {
  name: string;
  /** The article's file name in `articles/`. */
  article: string;
  text: string;
  claims: (GoldClaim & { quote: string; cue: string | null })[];
}

const here = __dirname;

export function goldArticle(name: string, rows: GoldRow[]): GoldArticle {
  const article = `${name}.txt`;
  const text = readFileSync(join(here, "articles", article), "utf8");
  const claims = rows.map(([type, speaker, cue, quote, canonical, occurrence = 1]) => {
    let start = -1;
    for (let n = 0; n < occurrence; n++) {
      start = text.indexOf(quote, start + 1);
      if (start < 0) throw new Error(`${name}: occurrence ${occurrence} not found: ${quote.slice(0, 60)}`);
    }
    return { type, speaker, canonical: canonical === undefined ? speaker : canonical, cue, quote, start, end: start + quote.length };
  });
  return { name, article, text, claims };
}

/** Every gold article of the repository. */
export async function loadRepositoryGold(): Promise<GoldArticle[]> {
  const files = readdirSync(join(here, "claims")).filter((f) => f.endsWith(".ts")).sort();
  const out: GoldArticle[] = [];
  for (const f of files) {
    const mod = (await import(`./claims/${f.replace(/\.ts$/u, "")}`)) as { rows: GoldRow[] };
    out.push(goldArticle(f.replace(/\.ts$/u, ""), mod.rows));
  }
  return out;
}
