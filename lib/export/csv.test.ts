import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvChunks, csvRow } from "./csv";
import { FLAT_CLAIM_COLUMNS } from "./flat-claim";
import { collect, eventsOf, orphanedClaim, sampleArticle, sampleClaims } from "./export-fixtures";

/** A strict RFC 4180 reader, to check that what is written reads back. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let quoted = false;
  while (i < input.length) {
    const ch = input[i] as string;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        cell += ch;
        i++;
      }
    } else if (ch === '"' && cell === "") {
      quoted = true;
      i++;
    } else if (ch === ",") {
      row.push(cell);
      cell = "";
      i++;
    } else if (ch === "\r" && input[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 2;
    } else {
      if (ch === '"' || ch === "\r" || ch === "\n") throw new Error(`unquoted ${JSON.stringify(ch)} at ${i}`);
      cell += ch;
      i++;
    }
  }
  if (cell !== "" || row.length > 0) throw new Error("the last record does not end with CRLF");
  return rows;
}

describe("csvCell", () => {
  it.each([
    ["plain text stays as it is", "John Kirby", "John Kirby"],
    ["a comma is quoted", "Kirby, John", '"Kirby, John"'],
    ["a quote is doubled inside quotes", 'He said "no"', '"He said ""no"""'],
    ["a line break is quoted", "one\ntwo", '"one\ntwo"'],
    ["curly quotes need no quoting", "“Yes”", "“Yes”"],
    ["a formula is defused", "=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["a plus is defused", "+1 555 0100", "'+1 555 0100"],
    ["a minus is defused", "-2+3", "'-2+3"],
    ["an at sign is defused", "@cmd", "'@cmd"],
    ["a leading tab is defused", "\t=1", "'\t=1"],
    ["a leading carriage return is defused and quoted", "\r=1", "\"'\r=1\""],
    ["a defused formula with a comma is quoted", '=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ["an equals sign later on is harmless", "a=b", "a=b"],
    ["null is an empty cell", null, ""],
  ])("%s", (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("writes numbers as they are, negative ones included", () => {
    expect(csvCell(42)).toBe("42");
    expect(csvCell(-1)).toBe("-1");
  });

  it("reads back per RFC 4180 for any text (with the formula guard's quote)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const written = rows.map((r) => csvRow(r)).join("");
        const guarded = rows.map((r) => r.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
        expect(parseCsv(written)).toEqual(guarded);
      }),
    );
  });
});

describe("csvChunks", () => {
  it("writes a BOM, a header row and one CRLF-ended row per claim", async () => {
    const out = await collect(csvChunks, sampleArticle, sampleClaims);
    expect(out.startsWith(CSV_BOM)).toBe(true);
    const rows = parseCsv(out.slice(CSV_BOM.length));
    expect(rows[0]).toEqual([...FLAT_CLAIM_COLUMNS]);
    expect(rows).toHaveLength(1 + sampleClaims.length);
    const col = (name: (typeof FLAT_CLAIM_COLUMNS)[number]) => FLAT_CLAIM_COLUMNS.indexOf(name);
    const kirby = rows[1] as string[];
    expect(kirby[col("article_title")]).toBe(sampleArticle.title);
    expect(kirby[col("article_url")]).toBe(sampleArticle.sourceUrl);
    expect(kirby[col("speaker")]).toBe("John Kirby");
    expect(kirby[col("quote")]).toBe(sampleClaims[0]?.quote);
    expect(kirby[col("sentence")]).toBe("“The plan 😀 is =working,” Kirby said.");
    expect(kirby[col("note")]).toBe("'=cmd|' /C calc'!A0");
    expect(kirby[col("start")]).toBe(String(sampleClaims[0]?.start));
    expect(Number(kirby[col("end_code_point")])).toBe(Number(kirby[col("end")]) - 1);
    expect(kirby[col("status")]).toBe("anchored");
    const reporter = rows[2] as string[];
    expect(reporter[col("speaker")]).toBe("");
    expect(reporter[col("kind")]).toBe("reporter");
  });

  it("writes an orphaned claim with its status and empty offsets and sentence", async () => {
    const rows = parseCsv((await collect(csvChunks, sampleArticle, [orphanedClaim])).slice(CSV_BOM.length));
    const row = Object.fromEntries(FLAT_CLAIM_COLUMNS.map((column, i) => [column, rows[1]?.[i]]));
    expect(row).toMatchObject({ status: "orphaned", quote: "never to back down", sentence: "", start: "", end: "", start_code_point: "", end_code_point: "" });
  });

  it("writes only the header when there are no claims", async () => {
    expect(await collect(csvChunks, sampleArticle, [])).toBe(`${CSV_BOM}${FLAT_CLAIM_COLUMNS.join(",")}\r\n`);
  });

  it("streams: each batch of claims is its own chunk", async () => {
    const chunks: string[] = [];
    for await (const chunk of csvChunks({ exportedAt: new Date(), speakers: [] }, eventsOf(sampleArticle, sampleClaims, 1))) chunks.push(chunk);
    expect(chunks).toHaveLength(1 + sampleClaims.length);
  });
});
