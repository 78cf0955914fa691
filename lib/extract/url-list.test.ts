import { describe, expect, it } from "vitest";
import { MAX_BATCH_URLS, parseUrlList } from "./url-list";

describe("parseUrlList", () => {
  it("takes one address a line, without blanks or repeats", () => {
    expect(parseUrlList(" https://a.example/1 \r\n\nhttps://b.example/2\nhttps://a.example/1\n")).toEqual({ urls: ["https://a.example/1", "https://b.example/2"], error: null });
  });

  it("refuses more than a batch", () => {
    const list = Array.from({ length: MAX_BATCH_URLS + 1 }, (_, i) => `https://a.example/${i}`).join("\n");
    expect(parseUrlList(list).error).toMatch(/at most 50/);
  });
});
