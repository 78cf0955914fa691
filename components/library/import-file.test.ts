import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_ARTICLE_BYTES } from "@/lib/model";
import { checkImportFile, decodeFileText, formatSize, readImportFile, titleFromFileName, utf8Size } from "./import-file";

describe("checkImportFile", () => {
  it.each([
    ["article.txt", "text"],
    ["ARTICLE.TXT", "text"],
    ["notes.md", "markdown"],
    ["2023.11.21 kirby.Md", "markdown"],
  ])("accepts %s as %s", (name, format) => {
    expect(checkImportFile({ name, size: 10 })).toEqual({ ok: true, format });
  });

  it.each(["article.pdf", "article.docx", "article", "article.txt.exe", ".md.html", "README"])("refuses %s", (name) => {
    const check = checkImportFile({ name, size: 10 });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain("is not a .txt or .md file");
  });

  it("accepts exactly 2 MB and refuses one byte more, before reading", () => {
    expect(checkImportFile({ name: "a.txt", size: MAX_ARTICLE_BYTES }).ok).toBe(true);
    const check = checkImportFile({ name: "big.txt", size: MAX_ARTICLE_BYTES + 1 });
    expect(check).toEqual({ ok: false, message: expect.stringContaining("up to 2 MB") });
  });

  it("refuses an empty file", () => {
    expect(checkImportFile({ name: "a.md", size: 0 })).toEqual({ ok: false, message: expect.stringContaining("empty") });
  });
});

describe("titleFromFileName", () => {
  it.each([
    ["russia-air_defense.txt", "Russia air defense"],
    ["C:\\news\\kirby briefing.md", "Kirby briefing"],
    ["examiner-2023-11-21-russia-air-defense.txt", "Examiner 2023 11 21 russia air defense"],
    [".md", ""],
  ])("%s → %j", (name, title) => {
    expect(titleFromFileName(name)).toBe(title);
  });

  it("never leaves separators at either end", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const title = titleFromFileName(`${name}.txt`);
        expect(title).toBe(title.trim());
        expect(title).not.toMatch(/[-_]{2}|\s{2}/);
      }),
    );
  });
});

describe("decodeFileText", () => {
  it("reads UTF-8", () => {
    expect(decodeFileText(new TextEncoder().encode("“Kirby” said — café"))).toEqual({ text: "“Kirby” said — café", encoding: "utf-8" });
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8", () => {
    // 0x93 and 0x94 are curly double quotes in Windows-1252, 0xE9 is é.
    expect(decodeFileText(new Uint8Array([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94]))).toEqual({ text: "“café”", encoding: "windows-1252" });
  });

  it("round-trips any UTF-8 text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(decodeFileText(new TextEncoder().encode(text)).text).toBe(text);
      }),
    );
  });
});

describe("readImportFile", () => {
  it("reads a Markdown file with its title and format", async () => {
    const result = await readImportFile(new File(["# Kirby warns\n\nRussia may…"], "kirby-warns.md", { type: "text/markdown" }));
    expect(result).toEqual({ ok: true, text: "# Kirby warns\n\nRussia may…", format: "markdown", title: "Kirby warns", notice: null });
  });

  it("notes a Windows-1252 file", async () => {
    const result = await readImportFile(new File([new Uint8Array([0x93, 0x68, 0x69, 0x94])], "old.txt"));
    expect(result.ok && result.notice).toContain("Windows-1252");
  });

  it("refuses a binary file renamed to .txt", async () => {
    const result = await readImportFile(new File([new Uint8Array([0x25, 0x50, 0x00, 0x01])], "scan.txt"));
    expect(result).toEqual({ ok: false, message: expect.stringContaining("does not contain plain text") });
  });

  it("refuses a file of blank lines", async () => {
    const result = await readImportFile(new File(["\n\n  \n"], "blank.txt"));
    expect(result.ok).toBe(false);
  });
});

describe("sizes", () => {
  it.each([
    [812, "812 bytes"],
    [14 * 1024, "14 KB"],
    [2 * 1024 * 1024, "2 MB"],
    [2.4 * 1024 * 1024, "2.4 MB"],
  ])("formats %i as %s", (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });

  it("measures UTF-8 bytes, not UTF-16 units", () => {
    expect(utf8Size("é“")).toBe(5);
  });
});
