// `npm run export -- --format claimlens|w3c|csv|jsonl [--out FILE] [--article ID] [--speaker ID] [--kind K]
// [--confidence C]`: exports the corpus (or the part the filters select) with the same code as GET /api/export,
// streaming to the file (or to standard output), with a progress bar on a terminal.
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { getConnection } from "../db/client";
import { prepareCorpusExport } from "../db/exchange/corpus-export";
import { isAppError, type Issue } from "../lib/errors";
import { parseExportQuery } from "../lib/export/export-query";
import { EXPORT_FORMATS } from "../lib/export/formats";
import { progressBar } from "../lib/export/progress-bar";

const USAGE = `Usage: npm run export -- [--format ${EXPORT_FORMATS.join("|")}] [--out FILE]
                         [--article ID] [--speaker ID] [--kind attributed|reporter] [--confidence low|moderate|high]
                         [--set analyst|reviewed]

Filters may be repeated or comma-separated. Without --out the export goes to standard output.
With the embedded database it may run beside the server: it goes through the server when one runs.`;

// A reader that stops early (`npm run export | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      format: { type: "string" },
      out: { type: "string", short: "o" },
      article: { type: "string", multiple: true },
      speaker: { type: "string", multiple: true },
      kind: { type: "string", multiple: true },
      confidence: { type: "string", multiple: true },
      set: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  // The command line says what a query string would: the same parser checks both.
  const query = new URLSearchParams();
  if (values.format) query.set("format", values.format);
  if (values.set) query.set("set", values.set);
  for (const key of ["article", "speaker", "kind", "confidence"] as const) for (const value of values[key] ?? []) query.append(key, value);
  const { format, filters } = parseExportQuery(query);

  const connection = await getConnection();
  try {
    const progress = progressBar(process.stderr, "Exporting", "claims", 0);
    const prepared = await prepareCorpusExport(connection.db, format, filters, { onProgress: (p) => progress.update(p.claims) });
    progress.update(0, prepared.total.claims);
    // Written beside the target and renamed at the end, so a failed export never leaves half a file behind.
    const partial = values.out ? `${values.out}.partial` : undefined;
    const output = partial ? createWriteStream(partial) : process.stdout;
    try {
      for await (const chunk of prepared.chunks()) {
        if (!output.write(chunk)) await once(output, "drain");
      }
      if (partial && values.out) {
        await new Promise<void>((resolve, reject) => (output as ReturnType<typeof createWriteStream>).end((error?: Error | null) => (error ? reject(error) : resolve())));
        await rename(partial, values.out);
      }
    } catch (error) {
      if (partial) await rm(partial, { force: true });
      throw error;
    }
    const count = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
    progress.finish(
      `Exported ${count(prepared.total.claims, "claim")} from ${count(prepared.total.articles, "article")} as ${format}${values.out ? ` to ${values.out}` : ""}.`,
    );
    return 0;
  } finally {
    await connection.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    if (isAppError(error)) {
      console.error(error.message);
      const issues = (error.details as { issues?: Issue[] } | undefined)?.issues;
      if (issues && issues.length > 1) for (const issue of issues) console.error(`  ${issue.path}: ${issue.message}`);
      console.error(`\n${USAGE}`);
    } else {
      console.error(error instanceof Error ? error.message : error);
    }
    process.exit(1);
  });
