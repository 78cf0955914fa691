import { MAX_ARTICLE_BYTES } from "@/lib/model";

/**
 * Reading an article from a file the analyst picks, entirely in the browser: which files are accepted,
 * how their bytes become text, and what title they suggest. Refusals are sentences for the analyst.
 */

export type ArticleFormat = "text" | "markdown";

const FORMATS: Record<string, ArticleFormat> = { txt: "text", md: "markdown" };

/** The `accept` attribute of the upload field. */
export const IMPORT_FILE_ACCEPT = ".txt,.md,text/plain,text/markdown";

export type FileCheck = { ok: true; format: ArticleFormat } | { ok: false; message: string };

/** Whether a file may be imported, judged by its name and size before any of it is read. */
export function checkImportFile(file: { name: string; size: number }): FileCheck {
  const extension = /\.([^./\\]+)$/.exec(file.name)?.[1]?.toLowerCase();
  const format = extension ? FORMATS[extension] : undefined;
  if (!format) {
    return {
      ok: false,
      message: `“${file.name}” is not a .txt or .md file. Save the article as plain text or Markdown, or paste its text instead.`,
    };
  }
  if (file.size > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      message: `“${file.name}” is ${formatSize(file.size)}; Claimlens imports files up to ${formatSize(MAX_ARTICLE_BYTES)}. Split the article or paste a shorter part.`,
    };
  }
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty: there is no text to import.` };
  return { ok: true, format };
}

/** A title suggested by a file name: "russia-air_defense.txt" becomes "Russia air defense". */
export function titleFromFileName(name: string): string {
  const base = name
    .replace(/^.*[/\\]/, "")
    .replace(/\.[^.]+$/, "")
    .replace(/[-_\s]+/g, " ")
    .trim();
  return base ? base.charAt(0).toUpperCase() + base.slice(1) : "";
}

/**
 * Bytes to text. UTF-8 is expected; a file that is not valid UTF-8 was most likely saved by an older
 * Windows program, so it is read as Windows-1252 rather than filled with replacement characters.
 */
export function decodeFileText(bytes: Uint8Array): { text: string; encoding: "utf-8" | "windows-1252" } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

// Windows-1252 is Latin-1 except for 0x80–0x9F, where it puts curly quotes, dashes and the euro sign.
// Decoded by hand because some runtimes' TextDecoder treats the label as plain Latin-1.
const CP1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charAt(byte - 0x80) : String.fromCharCode(byte);
  return text;
}

export type ReadResult =
  | { ok: true; text: string; format: ArticleFormat; title: string; notice: string | null }
  | { ok: false; message: string };

/** Checks and reads a picked file; nothing is sent anywhere. */
export async function readImportFile(file: File): Promise<ReadResult> {
  const check = checkImportFile(file);
  if (!check.ok) return check;
  const { text, encoding } = decodeFileText(new Uint8Array(await file.arrayBuffer()));
  if (text.includes("\u0000")) {
    return { ok: false, message: `“${file.name}” does not contain plain text. Export the article as .txt or .md and try again.` };
  }
  if (text.trim() === "") return { ok: false, message: `“${file.name}” has no words in it: there is no text to import.` };
  return {
    ok: true,
    text,
    format: check.format,
    title: titleFromFileName(file.name),
    notice:
      encoding === "windows-1252"
        ? `“${file.name}” was not saved as UTF-8, so it was read as Windows-1252. Check that quotation marks and accents look right.`
        : null,
  };
}

/** A byte count as "812 bytes", "14 KB" or "2.4 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** The size of a text once encoded as UTF-8, which is how the server measures the 2 MB limit. */
export function utf8Size(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}
