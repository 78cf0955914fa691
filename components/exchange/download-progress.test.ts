import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  claimCounter,
  describeProgress,
  exportErrorMessage,
  fileNameFromDisposition,
  formatBytes,
  progressFraction,
} from "./download-progress";

const CSV = '\uFEFFarticle_title,kind,quote,sentence\r\nA,attributed,"Iran, he said","Line one\nline two"\r\nA,reporter,q,s\r\n';
const JSONL = '{"quote":"a\\nb"}\n{"quote":"c"}\n{"quote":"d"}\n';
const CLAIMLENS = JSON.stringify(
  {
    format: "claimlens/1",
    filters: { confidences: ["high"] },
    article: { text: 'He wrote "confidence": "high" in the text.' },
    claims: [{ confidence: "high" }, { confidence: "low", note: '"confidence":' }],
  },
  null,
  2,
);
const W3C = JSON.stringify({ first: { items: [{ selector: [{ type: "TextPositionSelector" }] }, { selector: [{ type: "TextPositionSelector" }] }] } }, null, 2);

/** Feeds `text` to a counter in pieces cut at `cuts`. */
function countInPieces(format: Parameters<typeof claimCounter>[0], text: string, cuts: number[]): number {
  const counter = claimCounter(format);
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    counter.push(text.slice(from, cut));
    from = Math.max(from, cut);
  }
  return counter.push(text.slice(from));
}

describe("claimCounter", () => {
  it.each([
    ["csv", CSV, 2],
    ["jsonl", JSONL, 3],
    ["claimlens", CLAIMLENS, 2],
    ["w3c", W3C, 2],
  ] as const)("counts the claims of a %s export", (format, text, claims) => {
    expect(countInPieces(format, text, [])).toBe(claims);
  });

  it("counts nothing for a CSV holding only its header", () => {
    expect(countInPieces("csv", "\uFEFFa,b\r\n", [])).toBe(0);
  });

  it("counts the same however the text is cut into chunks", () => {
    const cases = [
      ["csv", CSV],
      ["jsonl", JSONL],
      ["claimlens", CLAIMLENS],
      ["w3c", W3C],
    ] as const;
    for (const [format, text] of cases) {
      const whole = countInPieces(format, text, []);
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }), (cuts) => {
          expect(countInPieces(format, text, cuts)).toBe(whole);
        }),
      );
    }
  });
});

describe("fileNameFromDisposition", () => {
  it("reads a quoted, an extended and a bare file name", () => {
    expect(fileNameFromDisposition('attachment; filename="air-defense.csv"', "x")).toBe("air-defense.csv");
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.jsonl; filename=\"resume.jsonl\"", "x")).toBe("résumé.jsonl");
    expect(fileNameFromDisposition("attachment; filename=corpus.csv", "x")).toBe("corpus.csv");
  });

  it("falls back when there is no name, and never keeps a path", () => {
    expect(fileNameFromDisposition(null, "export.csv")).toBe("export.csv");
    expect(fileNameFromDisposition("attachment", "export.csv")).toBe("export.csv");
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"', "x")).toBe("passwd");
  });
});

describe("describeProgress", () => {
  it("says how many of the expected claims arrived", () => {
    expect(describeProgress({ received: 5000, claims: 1240, total: 100000 })).toBe("1,240 of 100,000 claims");
    expect(describeProgress({ received: 5000, claims: 1, total: 1 })).toBe("1 of 1 claim");
  });

  it("falls back to the claims counted, then to the bytes received", () => {
    expect(describeProgress({ received: 5000, claims: 12, total: null })).toBe("12 claims");
    expect(describeProgress({ received: 4.2 * 1024 * 1024, claims: null, total: 10 })).toBe("4.2 MB received");
    expect(describeProgress({ received: 300, claims: 0, total: null })).toBe("300 bytes received");
  });

  it("gives a fraction only when both counts are known", () => {
    expect(progressFraction({ received: 1, claims: 25, total: 100 })).toBe(0.25);
    expect(progressFraction({ received: 1, claims: 0, total: 0 })).toBe(1);
    expect(progressFraction({ received: 1, claims: null, total: 100 })).toBeNull();
  });
});

describe("formatBytes", () => {
  it("writes bytes, kilobytes and megabytes", () => {
    expect(formatBytes(812)).toBe("812 bytes");
    expect(formatBytes(14 * 1024)).toBe("14 KB");
    expect(formatBytes(4.2 * 1024 * 1024)).toBe("4.2 MB");
  });
});

describe("exportErrorMessage", () => {
  it("shows the server's message", () => {
    expect(exportErrorMessage(422, JSON.stringify({ error: { code: "invalid", message: "No speaker has the id x." } }))).toBe(
      "No speaker has the id x.",
    );
  });

  it("says something plain when the answer is not one of ours", () => {
    expect(exportErrorMessage(502, "<html>Bad gateway</html>")).toBe("The export failed (the server answered 502). Try again.");
    expect(exportErrorMessage(404, "")).toMatch(/nothing to export/);
  });
});
