// `npm run import -- FILE [--dry-run]`: imports a claimlens/1 document (one article or a corpus, of any size)
// with the same code as POST /api/import: all or nothing, every problem listed with its path.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { getConnection } from "../db/client";
import { importDocument } from "../db/exchange/import";
import { isAppError } from "../lib/errors";
import { progressBar } from "../lib/export/progress-bar";
import { describeReport, reanchoringPhrase, type ImportReport } from "../lib/import/import-report";
import { runCommand } from "./run-command";

const USAGE = `Usage: npm run import -- FILE [--dry-run] [--no-suggestions]

FILE is a claimlens/1 document (from npm run export, or an article's Export menu).
--dry-run reports what would be created, merged, revised or refused, and writes nothing.
--no-suggestions leaves the suggested claims of the articles it creates uncomputed (by default they are
computed, as after any import).
With the embedded database it may run beside the server: it goes through the server when one runs.`;

function printReport(report: ImportReport): void {
  const stream = report.ok ? console.log : console.error;
  stream(describeReport(report));
  for (const article of report.articles) {
    const { created, updated, unchanged } = article.claims;
    const moved = article.reanchored ? reanchoringPhrase(article.reanchored, report.dryRun) : "";
    const text = article.outcome === "revised" ? ` — new text${moved ? `: ${moved}` : ""}` : "";
    stream(`  ${article.outcome.padEnd(9)} ${article.title} (${created} new, ${updated} updated, ${unchanged} unchanged claims)${text}${article.reason ? ` — ${article.reason}` : ""}`);
  }
  for (const speaker of report.speakers.filter((s) => s.outcome === "matched" && s.matched?.by !== "id")) {
    stream(`  speaker   ${speaker.name} is ${speaker.matched?.name} here (same ${speaker.matched?.by})`);
  }
  if (report.issues.length > 0) {
    console.error(`\n${report.issues.length} problem${report.issues.length === 1 ? "" : "s"}:`);
    for (const issue of report.issues) console.error(`  ${issue.path}: ${issue.message}`);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "dry-run": { type: "boolean" }, "no-suggestions": { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help || positionals.length !== 1) {
    console[values.help ? "log" : "error"](USAGE);
    return values.help ? 0 : 1;
  }
  const file = positionals[0] as string;
  let document: unknown;
  try {
    document = JSON.parse((await readFile(file, "utf8")).replace(/^\uFEFF/, ""));
  } catch (error) {
    console.error(`Cannot read ${file} as JSON: ${(error as Error).message}`);
    return 1;
  }

  const connection = await getConnection();
  let phase: string | undefined;
  let bar = progressBar(process.stderr, "Checking", "claims", 0);
  try {
    const report = await importDocument(connection.db, document, {
      dryRun: values["dry-run"] ?? false,
      ...(values["no-suggestions"] ? { suggest: false } : {}),
      onProgress: (p) => {
        if (phase !== undefined && p.phase !== phase) {
          bar.finish();
          bar = progressBar(process.stderr, "Writing", "claims", p.total);
        }
        phase = p.phase;
        bar.update(p.done, p.total);
      },
    });
    bar.finish();
    printReport(report);
    return report.ok ? 0 : 1;
  } catch (error) {
    bar.finish();
    const report = isAppError(error) ? (error.details as { report?: ImportReport } | undefined)?.report : undefined;
    if (!report) throw error;
    printReport(report);
    return 1;
  } finally {
    await connection.close();
  }
}

runCommand(main);
