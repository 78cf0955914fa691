import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { parseExportQuery } from "./export-query";
import { articleExportHref, exportHref, hasFilters } from "./export-href";

const A = "5f0c6a4e-8d1b-4c55-9a2e-2b7d4f3c1a10";
const B = "9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D";
const parse = (query: string, allowed?: string[]) => parseExportQuery(new URLSearchParams(query), allowed);

function refusal(query: string, allowed?: string[]): AppError {
  try {
    parse(query, allowed);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`accepted ${query}`);
}

describe("parseExportQuery", () => {
  it("defaults to the lossless format and no filters", () => {
    expect(parse("")).toEqual({ format: "claimlens", filters: {} });
    expect(hasFilters(parse("").filters)).toBe(false);
  });

  it("reads lists repeated or comma-separated, lowercases ids and drops duplicates", () => {
    expect(parse(`format=csv&kind=attributed,reporter&kind=attributed&speaker=${B}&article=${A},${A}&confidence=high`)).toEqual({
      format: "csv",
      filters: { articleIds: [A], speakerIds: [B.toLowerCase()], kinds: ["attributed", "reporter"], confidences: ["high"] },
    });
  });

  it.each([
    ["an unknown format", "format=xml", "format"],
    ["an unknown kind", "kind=rumour", "kind"],
    ["an unknown confidence", "confidence=certain", "confidence"],
    ["a speaker that is not an id", "speaker=Kirby", "speaker"],
    ["an unknown parameter", "speakr=x", "speakr"],
  ])("refuses %s with a 422 naming the parameter", (_name, query, path) => {
    const error = refusal(query);
    expect(error.code).toBe("invalid");
    expect((error.details as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(path);
  });

  it("lists every problem at once", () => {
    const error = refusal("format=pdf&kind=x&confidence=y");
    expect((error.details as { issues: unknown[] }).issues).toHaveLength(3);
    expect(error.message).toContain("format");
  });

  it("refuses filters on a single-article export", () => {
    expect(parse("format=w3c", ["format"]).format).toBe("w3c");
    expect(refusal("kind=attributed", ["format"]).message).toContain("kind is not a parameter");
  });
});

describe("exportHref", () => {
  it("builds the address parseExportQuery reads back", () => {
    const filters = { articleIds: [A, B.toLowerCase()], kinds: ["attributed" as const], confidences: ["high" as const, "low" as const] };
    const href = exportHref("jsonl", filters);
    expect(href).toBe(`/api/export?format=jsonl&article=${A},${B.toLowerCase()}&kind=attributed&confidence=high,low`);
    expect(parseExportQuery(new URL(href, "http://localhost").searchParams)).toEqual({ format: "jsonl", filters });
    expect(exportHref("csv")).toBe("/api/export?format=csv");
    expect(articleExportHref(A, "w3c")).toBe(`/api/articles/${A}/export?format=w3c`);
  });
});
