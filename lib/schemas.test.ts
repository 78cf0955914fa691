import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  aliasSchema,
  articleCreateSchema,
  claimCreateSchema,
  claimPatchSchema,
  listQuerySchema,
  parseInput,
  speakerCreateSchema,
  speakerQuerySchema,
  uuidSchema,
} from "./schemas";
import { AppError, type Issue } from "./errors";

/** The issues parseInput reports for an input, or the parsed value when it is accepted. */
function issuesOf(schema: z.ZodType, input: unknown): Issue[] {
  try {
    parseInput(schema, input);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return ((error as AppError).details as { issues: Issue[] }).issues;
  }
}
const pathsOf = (schema: z.ZodType, input: unknown) => issuesOf(schema, input).map((i) => i.path);

const SPEAKER_ID = "0b7e3f9a-7c1d-4e2b-9f3a-5d6c7e8f9a0b";

describe("articleCreateSchema", () => {
  it.each<[string, unknown, Record<string, unknown>]>([
    ["text only, with defaults", { text: "Body" }, { title: null, text: "Body", sourceUrl: null, publishedAt: null, format: "text" }],
    [
      "every field",
      { title: "  Russia may provide  ", text: "Body", sourceUrl: "https://www.washingtonexaminer.com/a", publishedAt: "2023-11-21", format: "markdown" },
      { title: "Russia may provide", text: "Body", sourceUrl: "https://www.washingtonexaminer.com/a", publishedAt: "2023-11-21", format: "markdown" },
    ],
    ["empty strings mean absent", { title: " ", text: "Body", sourceUrl: "", publishedAt: "" }, { title: null, sourceUrl: null, publishedAt: null }],
    ["nulls mean absent", { title: null, text: "Body", sourceUrl: null, publishedAt: null }, { title: null, sourceUrl: null, publishedAt: null }],
    ["a timestamp with an offset", { text: "x", publishedAt: "2023-11-21T13:54:00-05:00" }, { publishedAt: "2023-11-21T13:54:00-05:00" }],
    ["a UTC timestamp", { text: "x", publishedAt: "2023-11-21T18:54:00.000Z" }, { publishedAt: "2023-11-21T18:54:00.000Z" }],
    ["an http address", { text: "x", sourceUrl: "http://example.com/news?id=1" }, { sourceUrl: "http://example.com/news?id=1" }],
    ["empty text is the domain's to refuse", { text: "" }, { text: "" }],
  ])("accepts %s", (_name, input, expected) => {
    expect(parseInput(articleCreateSchema, input)).toMatchObject(expected);
  });

  it.each<[string, unknown, string[]]>([
    ["no text", {}, ["text"]],
    ["text that is not a string", { text: 42 }, ["text"]],
    ["a title over 300 characters", { text: "x", title: "a".repeat(301) }, ["title"]],
    ["an ftp address", { text: "x", sourceUrl: "ftp://example.com/a" }, ["sourceUrl"]],
    ["a javascript: address", { text: "x", sourceUrl: "javascript:alert(1)" }, ["sourceUrl"]],
    ["an address without a scheme", { text: "x", sourceUrl: "example.com" }, ["sourceUrl"]],
    ["a day-first date", { text: "x", publishedAt: "21/11/2023" }, ["publishedAt"]],
    ["a date that does not exist", { text: "x", publishedAt: "2023-02-30" }, ["publishedAt"]],
    ["a timestamp without an offset", { text: "x", publishedAt: "2023-11-21T13:54:00" }, ["publishedAt"]],
    ["an unknown format", { text: "x", format: "html" }, ["format"]],
    ["an unknown field", { text: "x", body: "y" }, ["(body)"]],
    ["a string instead of an object", "Body", ["(body)"]],
    ["null", null, ["(body)"]],
    ["an array", [{ text: "x" }], ["(body)"]],
    ["several problems at once", { text: 1, sourceUrl: "nope", format: "pdf" }, ["text", "sourceUrl", "format"]],
  ])("refuses %s", (_name, input, paths) => {
    expect(pathsOf(articleCreateSchema, input)).toEqual(paths);
  });
});

describe("claimCreateSchema", () => {
  const valid = { start: 10, end: 20, kind: "attributed", speaker: "John Kirby", confidence: "high" };

  it.each<[string, unknown, Record<string, unknown>]>([
    ["an attributed claim by name", valid, { ...valid, cue: null, note: null }],
    ["trimmed speaker, cue and note", { ...valid, speaker: "  Kirby ", cue: " said ", note: "  check the transcript " }, { speaker: "Kirby", cue: "said", note: "check the transcript" }],
    ["blank cue and note mean none", { ...valid, cue: "  ", note: "" }, { cue: null, note: null }],
    ["a speaker id", { start: 0, end: 1, kind: "attributed", speakerId: SPEAKER_ID, confidence: "low" }, { speakerId: SPEAKER_ID }],
    ["a reporter statement", { start: 0, end: 1, kind: "reporter", confidence: "moderate" }, { kind: "reporter" }],
    ["offsets at zero", { ...valid, start: 0, end: 0 }, { start: 0, end: 0 }],
  ])("accepts %s", (_name, input, expected) => {
    expect(parseInput(claimCreateSchema, input)).toMatchObject(expected);
  });

  it.each<[string, unknown, string[]]>([
    ["nothing", {}, ["start", "end", "kind", "confidence"]],
    ["a negative start", { ...valid, start: -1 }, ["start"]],
    ["a fractional end", { ...valid, end: 10.5 }, ["end"]],
    ["offsets as strings", { ...valid, start: "10", end: "20" }, ["start", "end"]],
    ["an unknown kind", { ...valid, kind: "quote" }, ["kind"]],
    ["an unknown confidence", { ...valid, confidence: "certain" }, ["confidence"]],
    ["a blank speaker name", { ...valid, speaker: "   " }, ["speaker"]],
    ["a speaker name over 200 characters", { ...valid, speaker: "a".repeat(201) }, ["speaker"]],
    ["a speaker id that is not a UUID", { ...valid, speakerId: "kirby" }, ["speakerId"]],
    ["a cue over 100 characters", { ...valid, cue: "x".repeat(101) }, ["cue"]],
    ["a note over 10 000 characters", { ...valid, note: "x".repeat(10_001) }, ["note"]],
    ["a quote from the client", { ...valid, quote: "words" }, ["(body)"]],
  ])("refuses %s", (_name, input, paths) => {
    expect(pathsOf(claimCreateSchema, input)).toEqual(paths);
  });
});

describe("claimPatchSchema", () => {
  it.each<[string, unknown]>([
    ["a version alone", { version: 1 }],
    ["new offsets", { version: 3, start: 5, end: 9 }],
    ["clearing speaker, cue and note", { version: 2, speaker: null, speakerId: null, cue: null, note: null }],
    ["a kind and confidence", { version: 1, kind: "reporter", confidence: "low" }],
  ])("accepts %s", (_name, input) => {
    expect(pathsOf(claimPatchSchema, input)).toEqual([]);
  });

  it("leaves out what the change does not touch", () => {
    expect(parseInput(claimPatchSchema, { version: 4, note: "" })).toEqual({ version: 4, note: null });
  });

  it.each<[string, unknown, string[]]>([
    ["no version", { start: 1 }, ["version"]],
    ["version zero", { version: 0 }, ["version"]],
    ["a fractional version", { version: 1.5 }, ["version"]],
    ["a negative end", { version: 1, end: -2 }, ["end"]],
    ["a field the server computes", { version: 1, quote: "x" }, ["(body)"]],
  ])("refuses %s", (_name, input, paths) => {
    expect(pathsOf(claimPatchSchema, input)).toEqual(paths);
  });

  it("says why version zero is refused", () => {
    expect(issuesOf(claimPatchSchema, { version: 0 })).toEqual([{ path: "version", message: "must be 1 or more" }]);
  });
});

describe("speakerCreateSchema and aliasSchema", () => {
  it("fills defaults and trims", () => {
    expect(parseInput(speakerCreateSchema, { name: "  John Kirby " })).toEqual({
      name: "John Kirby",
      kind: "person",
      description: null,
      aliases: [],
    });
    expect(
      parseInput(speakerCreateSchema, { name: "NSC", kind: "organization", description: " The council ", aliases: [" National Security Council "] }),
    ).toEqual({ name: "NSC", kind: "organization", description: "The council", aliases: ["National Security Council"] });
    expect(parseInput(speakerCreateSchema, { name: "a source", kind: "unnamed_source" }).kind).toBe("unnamed_source");
  });

  it.each<[string, unknown, string[]]>([
    ["no name", {}, ["name"]],
    ["a blank name", { name: "  " }, ["name"]],
    ["an unknown kind", { name: "x", kind: "robot" }, ["kind"]],
    ["a blank alias", { name: "x", aliases: ["ok", " "] }, ["aliases.1"]],
    ["more than 100 aliases", { name: "x", aliases: Array.from({ length: 101 }, (_, i) => `alias ${i}`) }, ["aliases"]],
    ["a description over 500 characters", { name: "x", description: "d".repeat(501) }, ["description"]],
  ])("refuses a speaker with %s", (_name, input, paths) => {
    expect(pathsOf(speakerCreateSchema, input)).toEqual(paths);
  });

  it("accepts a trimmed alias and refuses a blank one", () => {
    expect(parseInput(aliasSchema, { alias: " Kirby " })).toEqual({ alias: "Kirby" });
    expect(pathsOf(aliasSchema, { alias: "" })).toEqual(["alias"]);
    expect(pathsOf(aliasSchema, { alias: "Kirby", extra: 1 })).toEqual(["(body)"]);
  });
});

describe("query schemas", () => {
  it.each<[string, z.ZodType, Record<string, string>, unknown]>([
    ["list defaults", listQuerySchema, {}, { limit: 50 }],
    ["list limit and cursor", listQuerySchema, { limit: "10", cursor: "abc" }, { limit: 10, cursor: "abc" }],
    ["speaker search", speakerQuerySchema, { q: "  Kir ", limit: "5" }, { q: "Kir", limit: 5 }],
    ["speaker defaults", speakerQuerySchema, {}, { limit: 20 }],
  ])("accepts %s", (_name, schema, input, expected) => {
    expect(parseInput(schema, input)).toEqual(expected);
  });

  it.each<[string, z.ZodType, Record<string, string>]>([
    ["a zero limit", listQuerySchema, { limit: "0" }],
    ["a limit over 200", listQuerySchema, { limit: "201" }],
    ["a limit that is not a number", listQuerySchema, { limit: "ten" }],
    ["a fractional limit", listQuerySchema, { limit: "2.5" }],
    ["a speaker limit over 100", speakerQuerySchema, { limit: "101" }],
  ])("refuses %s", (_name, schema, input) => {
    expect(pathsOf(schema, input)).toEqual(["limit"]);
  });

  it("accepts only UUIDs as ids", () => {
    expect(uuidSchema.safeParse(SPEAKER_ID).success).toBe(true);
    expect(uuidSchema.safeParse("not-a-uuid").success).toBe(false);
  });
});

describe("parseInput", () => {
  it("returns the parsed value", () => {
    expect(parseInput(aliasSchema, { alias: "x" })).toEqual({ alias: "x" });
  });

  it("throws an invalid AppError naming what was parsed, each problem and its path", () => {
    let caught: unknown;
    try {
      parseInput(claimCreateSchema, { start: -1, end: 2, kind: "quote", confidence: "high", speaker: "K" }, "The claim");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    const error = caught as AppError;
    expect(error.code).toBe("invalid");
    expect(error.message).toBe("The claim is not valid: start: must not be negative; kind: must be attributed or reporter.");
    expect(error.details).toEqual({
      issues: [
        { path: "start", message: "must not be negative" },
        { path: "kind", message: "must be attributed or reporter" },
      ],
    });
  });

  it("says “The request” by default and leaves the path out of the message for whole-body problems", () => {
    expect(() => parseInput(aliasSchema, "Kirby")).toThrow(/^The request is not valid: Invalid input: expected object, received string\.$/);
  });

  it("joins nested paths with dots", () => {
    expect(issuesOf(speakerCreateSchema, { name: "x", aliases: ["a", "", "b", ""] }).map((i) => i.path)).toEqual(["aliases.1", "aliases.3"]);
  });
});
