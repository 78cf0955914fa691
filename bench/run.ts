// `npm run bench [name...]`: runs each benchmark module in bench/ (or the named ones), prints its figures
// and writes them as JSON to bench/results/<name>.json.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface BenchModule {
  /** Runs the benchmark and returns its figures (plain JSON). */
  run(): Promise<Record<string, unknown>>;
}

async function main() {
  const dir = path.join(process.cwd(), "bench");
  const wanted = process.argv.slice(2);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .map((f) => f.replace(/\.bench\.ts$/, ""))
    .filter((n) => wanted.length === 0 || wanted.includes(n));
  if (names.length === 0) {
    console.error(`No benchmark matches ${wanted.join(", ")}.`);
    process.exit(1);
  }
  mkdirSync(path.join(dir, "results"), { recursive: true });
  for (const name of names) {
    console.log(`\n== ${name} ==`);
    const mod = (await import(path.join(dir, `${name}.bench.ts`))) as BenchModule;
    const figures = { name, at: new Date().toISOString(), node: process.version, ...(await mod.run()) };
    const out = path.join(dir, "results", `${name}.json`);
    writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`figures written to ${path.relative(process.cwd(), out)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
