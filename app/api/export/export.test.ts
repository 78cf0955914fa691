import { describe, expect, it } from "vitest";
import { GET as exportCorpus } from "./route";
import { GET as exportArticle } from "../articles/[id]/export/route";
import { GET as getSchema } from "../schemas/claimlens-1.json/route";
import { testAdmin, useRouteDatabase } from "../_lib/testing";
import { getDb } from "@/db/client";
import { seedCorpus } from "@/db/exchange/exchange-testing";
import { CSV_BOM } from "@/lib/export/csv";
import { claimlensSchemaErrors } from "@/lib/export/schema-validator";
import schema from "@/lib/export/claimlens-1.schema.json";

useRouteDatabase();

const get = (handler: typeof exportCorpus, path: string, params = {}) =>
  handler(new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${testAdmin().token}` } }), {
    params: Promise.resolve(params as Record<string, never>),
  });

describe("GET /api/export", () => {
  it("streams the corpus as a claimlens/1 download by default", async () => {
    await seedCorpus(await getDb());
    const response = await get(exportCorpus, "/api/export");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="claimlens-corpus-\d{4}-\d{2}-\d{2}\.claimlens\.json"$/);
    expect(response.headers.get("x-claimlens-claims")).toBe("6");
    expect(response.body).toBeInstanceOf(ReadableStream);
    const document = await response.json();
    expect(claimlensSchemaErrors(document)).toEqual([]);
    expect(document.articles).toHaveLength(3);
  });

  it.each([
    ["csv", "text/csv; charset=utf-8; header=present", ".csv"],
    ["jsonl", "application/x-ndjson; charset=utf-8", ".jsonl"],
    ["w3c", 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8', ".annotations.jsonld"],
  ])("answers format=%s with its content type and file name", async (format, type, extension) => {
    await seedCorpus(await getDb());
    const response = await get(exportCorpus, `/api/export?format=${format}&kind=attributed`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("content-disposition")).toContain(`${extension}"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // Response.text() would drop the byte-order mark, as every UTF-8 decoder does: look at the bytes.
    if (format === "csv") expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    if (format === "csv") expect(body.startsWith(CSV_BOM)).toBe(true);
    if (format === "jsonl") expect(body.trim().split("\n")).toHaveLength(4);
    if (format === "w3c") expect(JSON.parse(body).total).toBe(4);
  });

  it("refuses an unknown format and bad filters with 422, naming each", async () => {
    const response = await get(exportCorpus, "/api/export?format=pdf&confidence=sure&speaker=kirby");
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe("invalid");
    expect(error.details.issues.map((i: { path: string }) => i.path)).toEqual(["format", "speaker", "confidence"]);
  });

  it("refuses a filter naming a speaker that does not exist", async () => {
    const response = await get(exportCorpus, "/api/export?speaker=00000000-0000-4000-8000-000000000000");
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toContain("no speaker has the id");
  });
});

describe("GET /api/articles/{id}/export", () => {
  it("exports one article in each format", async () => {
    const { articles } = await seedCorpus(await getDb());
    const id = articles[0]!.id;
    const csv = await get(exportArticle as never, `/api/articles/${id}/export?format=csv`, { id });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="air-defense-warning.csv"');
    expect((await csv.text()).split("\r\n").filter(Boolean)).toHaveLength(4);
    const json = await get(exportArticle as never, `/api/articles/${id}/export`, { id });
    expect(json.headers.get("content-disposition")).toBe('attachment; filename="air-defense-warning.claimlens.json"');
    expect(claimlensSchemaErrors(await json.json())).toEqual([]);
  });

  it("refuses an unknown format, and filters, with 422", async () => {
    const { articles } = await seedCorpus(await getDb());
    const id = articles[0]!.id;
    expect((await get(exportArticle as never, `/api/articles/${id}/export?format=xlsx`, { id })).status).toBe(422);
    expect((await get(exportArticle as never, `/api/articles/${id}/export?kind=reporter`, { id })).status).toBe(422);
  });
});

describe("GET /api/schemas/claimlens-1.json", () => {
  it("serves the JSON Schema", async () => {
    const response = getSchema();
    expect(response.headers.get("content-type")).toBe("application/schema+json; charset=utf-8");
    expect(await response.json()).toEqual(schema);
  });
});
