import { describe, expect, it } from "vitest";
import { collect, orphanedClaim, sampleArticle, sampleClaims } from "./export-fixtures";
import { FLAT_CLAIM_COLUMNS } from "./flat-claim";
import { jsonlChunks } from "./jsonl";

describe("jsonlChunks", () => {
  it("writes one flat claim per line, with the CSV's columns as keys, in order", async () => {
    const out = await collect(jsonlChunks, sampleArticle, sampleClaims);
    expect(out.endsWith("\n")).toBe(true);
    const lines = out.slice(0, -1).split("\n");
    expect(lines).toHaveLength(sampleClaims.length);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const record of records) {
      expect(Object.keys(record)).toEqual([...FLAT_CLAIM_COLUMNS]);
      for (const value of Object.values(record)) expect(["string", "number", "object"]).toContain(typeof value);
      expect(Object.values(record).every((v) => v === null || typeof v !== "object")).toBe(true);
    }
    expect(records[0]).toMatchObject({
      claim_id: sampleClaims[0]?.id,
      article_id: sampleArticle.id,
      article_title: sampleArticle.title,
      kind: "attributed",
      speaker: "John Kirby",
      speaker_id: sampleClaims[0]?.speaker?.id,
      cue: "said",
      confidence: "high",
      note: "=cmd|' /C calc'!A0",
      version: 3,
    });
    expect(records[1]).toMatchObject({ kind: "reporter", speaker: null, speaker_id: null, cue: null, status: "anchored" });
  });

  it("writes an orphaned claim with null offsets and sentence", async () => {
    const record = JSON.parse(await collect(jsonlChunks, sampleArticle, [orphanedClaim]));
    expect(record).toMatchObject({ status: "orphaned", quote: "never to back down", sentence: null, start: null, end: null, start_code_point: null, end_code_point: null });
  });

  it("gives code point offsets that Python's str slicing would use", async () => {
    const out = await collect(jsonlChunks, sampleArticle, sampleClaims);
    const chars = Array.from(sampleArticle.text);
    for (const line of out.trim().split("\n")) {
      const r = JSON.parse(line) as { quote: string; start: number; end: number; start_code_point: number; end_code_point: number };
      expect(sampleArticle.text.slice(r.start, r.end)).toBe(r.quote);
      expect(chars.slice(r.start_code_point, r.end_code_point).join("")).toBe(r.quote);
    }
  });

  it("keeps a note's line breaks inside its line", async () => {
    const claim = { ...sampleClaims[1]!, note: "first line\nsecond line\u2028third" };
    const out = await collect(jsonlChunks, sampleArticle, [claim]);
    expect(out.split("\n")).toHaveLength(2);
    expect(JSON.parse(out).note).toBe("first line\nsecond line\u2028third");
  });
});
