import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_BODY_LIMIT, errorResponse, formatBytes, pathId, readJson, searchParams } from "./respond";
import { AppError } from "@/lib/errors";

const post = (body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://localhost/api/x", { method: "POST", body, headers });

/** A body that arrives in pieces and declares no length, as a chunked upload does. */
function streamed(chunks: string[]): Request {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Request("http://localhost/api/x", {
    method: "POST",
    body: stream,
    headers: { "content-type": "application/json" },
    duplex: "half",
  } as RequestInit);
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected a rejection");
}

describe("readJson", () => {
  it.each([
    ["application/json", { a: 1 }],
    ["application/json; charset=utf-8", [1, 2]],
    ["application/merge-patch+json", "text"],
    ["APPLICATION/JSON", null],
  ])("reads a body sent as %s", async (type, value) => {
    expect(await readJson(post(JSON.stringify(value), { "content-type": type }))).toEqual(value);
  });

  it("reads UTF-8 split across chunks", async () => {
    const json = JSON.stringify({ quote: "We’re 😀" });
    const bytes = new TextEncoder().encode(json);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const request = new Request("http://localhost/", { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect(await readJson(request)).toEqual({ quote: "We’re 😀" });
  });

  it.each([
    ["no content type", post("{}", {}), /Content-Type: application\/json/],
    ["a form", post("a=1", { "content-type": "application/x-www-form-urlencoded" }), /Content-Type: application\/json/],
    ["plain text", post("{}", { "content-type": "text/plain" }), /Content-Type: application\/json/],
    ["a lookalike type", post("{}", { "content-type": "application/jsonx" }), /Content-Type: application\/json/],
    ["no body", post(null), /has no body/],
    ["broken JSON", post("{\"text\": "), /not valid JSON/],
    ["an empty body", post(""), /has no body|not valid JSON/],
  ])("refuses %s as malformed", async (_name, request, message) => {
    const error = await rejection(readJson(request));
    expect(error).toMatchObject({ code: "malformed", message: expect.stringMatching(message) });
  });

  it("refuses a declared length over the limit before reading", async () => {
    const request = post("{}", { "content-type": "application/json", "content-length": String(DEFAULT_BODY_LIMIT + 1) });
    expect(await rejection(readJson(request))).toMatchObject({ code: "too_large", message: "The request body is too large: the limit is 3 MB." });
  });

  it("refuses a streamed body once it passes the limit", async () => {
    const error = await rejection(readJson(streamed(['{"a":"', "x".repeat(600), "x".repeat(600), '"}']), 1024));
    expect(error).toMatchObject({ code: "too_large", message: "The request body is too large: the limit is 1 KB." });
  });

  it("refuses a body cut off mid-way (the client stopped sending) as malformed, not as a server error", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"text": "half'));
        controller.error(new Error("aborted"));
      },
    });
    const request = new Request("http://localhost/", { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect(await rejection(readJson(request))).toMatchObject({ code: "malformed", message: expect.stringMatching(/cut off/) });
  });

  it("accepts a body of exactly the limit", async () => {
    const json = JSON.stringify({ a: "x".repeat(1024 - 8) });
    expect(json).toHaveLength(1024);
    expect(await readJson(streamed([json]), 1024)).toEqual({ a: "x".repeat(1016) });
  });
});

describe("pathId", () => {
  it("accepts a UUID", () => {
    expect(pathId("0b7e3f9a-7c1d-4e2b-9f3a-5d6c7e8f9a0b", "claim")).toBe("0b7e3f9a-7c1d-4e2b-9f3a-5d6c7e8f9a0b");
  });

  it.each(["42", "not-a-uuid", "", "0b7e3f9a-7c1d-4e2b-9f3a-5d6c7e8f9a0b' or 1=1"])("treats %j as an id that names nothing", (value) => {
    expect(() => pathId(value, "claim")).toThrow(expect.objectContaining({ code: "not_found", message: `No claim has the id ${value}.` }));
  });
});

describe("errorResponse", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ["malformed", 400],
    ["not_found", 404],
    ["conflict", 409],
    ["too_large", 413],
    ["invalid", 422],
  ] as const)("maps %s to %i", async (code, status) => {
    const response = errorResponse(new AppError(code, "Plain words."));
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: { code, message: "Plain words." } });
  });

  it("includes details when there are some", async () => {
    const response = errorResponse(new AppError("invalid", "Bad.", { issues: [{ path: "end", message: "too far" }] }));
    expect(await response.json()).toEqual({ error: { code: "invalid", message: "Bad.", details: { issues: [{ path: "end", message: "too far" }] } } });
  });

  it("hides anything else behind a 500 and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(new Error('duplicate key value violates unique constraint "speakers_name_lower_key"'));
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({ error: { code: "internal", message: "Something went wrong on the server; nothing was saved. Try again." } });
    expect(JSON.stringify(body)).not.toContain("constraint");
    expect(log).toHaveBeenCalledOnce();
  });
});

describe("small helpers", () => {
  it("searchParams gives the query as an object", () => {
    expect(searchParams(new Request("http://localhost/api/speakers?q=Kirby&limit=5"))).toEqual({ q: "Kirby", limit: "5" });
  });

  it.each([
    [3 * 1024 * 1024, "3 MB"],
    [64 * 1024, "64 KB"],
    [16 * 1024, "16 KB"],
    [1024, "1 KB"],
  ])("formatBytes(%i) is %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

});
