import { describe, expect, it } from "vitest";
import { alignBoundary } from "./align";

describe("alignBoundary", () => {
  it("puts a quote's start after words inserted right before it", () => {
    const text = "closely monitor for whether Wagner now provides military equipment";
    const prefix = "monitor for whether Wagner ";
    const head = "provides military";
    expect(alignBoundary(text, 0, text.length, prefix + head, prefix.length, "start")).toBe(text.indexOf("provides"));
  });

  it("starts a quote whose first words were deleted where its remaining words begin", () => {
    const text = "Kirby said.\n\nRussian Defense Minister Sergei Shoigu";
    const prefix = "Kirby said.\n\nIn September, ";
    const head = "Iran hosted Russian Defense";
    expect(alignBoundary(text, 0, text.length, prefix + head, prefix.length, "start")).toBe(text.indexOf("Russian"));
  });

  it("ends a quote before words inserted right after it", () => {
    const text = "the Security Council warned, officially, on Tuesday.";
    const tail = "Council warned";
    const suffix = " on Tuesday.";
    expect(alignBoundary(text, 0, text.length, tail + suffix, tail.length, "end")).toBe(text.indexOf(","));
  });

  it("works on a window of the text and answers in text offsets", () => {
    const text = "xxxxxxxxxx said yes today";
    expect(alignBoundary(text, 10, text.length, " said yes", 9, "end")).toBe(text.indexOf(" today"));
  });
});
