// `npm run suggest -- article.txt [--json] [--reporter]`: the attribution detector alone on a text file, no
// database. Offsets are JavaScript string indices into the file's text as Claimlens normalises it on import.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { detectClaims } from "../lib/attribution";
import { toSuggestion } from "../lib/attribution/suggestion";
import { normaliseText } from "../lib/text/normalise";

const USAGE = `Usage: npm run suggest -- ARTICLE.txt [--json] [--reporter]

Prints the attributions the detector finds in the article (as Claimlens normalises its text):
a readable listing, or with --json {"suggestions": [...]}. --reporter adds every other sentence
as a reporter statement.`;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: "boolean" }, reporter: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  const file = positionals[0];
  if (values.help || !file || positionals.length > 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const text = normaliseText(raw);
  const suggestions = detectClaims(text, { reporterStatements: values.reporter ?? false }).map((c) => toSuggestion(text, c));
  if (values.json) {
    console.log(JSON.stringify({ suggestions }, null, 1));
    return 0;
  }
  for (const s of suggestions) {
    const who = s.speaker ? `${s.speaker} (${s.speakerKind})` : "-";
    const how = s.kind === "attributed" ? `${s.direct}, cue ${JSON.stringify(s.cue)}` : "reporter";
    console.log(`${String(s.start).padStart(6)}-${String(s.end).padEnd(6)} ${who} · ${how}\n        ${s.quote}`);
  }
  console.log(`${suggestions.length} suggestion(s)`);
  return 0;
}

process.exitCode = main();
