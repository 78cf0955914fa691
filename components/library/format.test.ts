import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countOf, formatDate, sourceHost } from "./format";

describe("formatDate", () => {
  it.each([
    ["2023-11-21T18:54:00.000Z", "21 Nov 2023"],
    ["2023-11-21", "21 Nov 2023"],
    ["2024-01-01T00:00:00.000Z", "1 Jan 2024"],
    ["2024-09-30T23:59:59.999Z", "30 Sep 2024"],
  ])("formats %s as %s", (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it.each([null, undefined, "", "yesterday"])("gives null for %j", (value) => {
    expect(formatDate(value)).toBeNull();
  });

  it("always prints the UTC day, month and year", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2199-12-31"), noInvalidDate: true }), (date) => {
        const [day, month, year] = (formatDate(date.toISOString()) ?? "").split(" ");
        expect(Number(day)).toBe(date.getUTCDate());
        expect(month).toMatch(/^[A-Z][a-z]{2}$/);
        expect(Number(year)).toBe(date.getUTCFullYear());
      }),
    );
  });
});

describe("sourceHost", () => {
  it.each([
    ["https://www.washingtonexaminer.com/policy/defense/x", "washingtonexaminer.com"],
    ["http://apnews.com/article/1", "apnews.com"],
    ["https://news.bbc.co.uk/", "news.bbc.co.uk"],
    ["not a url", null],
    [null, null],
  ])("finds the host of %j", (url, expected) => {
    expect(sourceHost(url)).toBe(expected);
  });
});

describe("countOf", () => {
  it.each([
    [0, "0 claims"],
    [1, "1 claim"],
    [2, "2 claims"],
    [1200, "1,200 claims"],
  ])("counts %i", (n, expected) => {
    expect(countOf(n, "claim")).toBe(expected);
  });

  it("takes an irregular plural", () => {
    expect(countOf(2, "alias", "aliases")).toBe("2 aliases");
  });
});
