import { normaliseText } from "../text/normalise";

/** A line taken out of pasted text, with why. */
export interface LitterLine {
  text: string;
  reason: string;
}

// Whole lines that are a page's furniture, never an article's words.
const LITTER: [RegExp, string][] = [
  [/^(leave a (reply|comment)|post a comment|add a comment|\d+ comments?|comments?( \(\d+\))?|show comments|join the conversation)$/i, "comments"],
  [/^(your email address will not be published\.?.*|required fields are marked.*|cancel reply|post comment|notify me of .*)$/i, "comment form"],
  [/^(share( this( article| story| post)?)?|share on \w+|tweet|email|print|copy link|facebook|twitter|linkedin|whatsapp)( ?[|·•]? ?(share|tweet|email|print|facebook|twitter|linkedin|whatsapp|reddit))*:?$/i, "share buttons"],
  [/^(.{0,30}read more|continue reading|related( articles| stories| posts)?|more from .{1,40}|recommended( for you)?|trending( now)?|most (read|popular))\.?:?$/i, "related links"],
  [/^(advertisement|sponsored( content)?|ad|story continues below( advertisement)?)$/i, "advertisement"],
  [/^(subscribe|sign up|newsletter).{0,80}$/i, "newsletter or sign-up"],
  [/^(©|\(c\)|copyright\b).{0,80}$|all rights reserved\.?$/i, "copyright"],
  [/^(video embed|watch:?|listen to this article.*|\d+ min(ute)? read)$/i, "page furniture"],
];

const MONTH = "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)";
const DATE_OR_TIME = new RegExp(`\\b${MONTH}\\.? \\d{1,2}\\b|\\b\\d{1,2} ${MONTH}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\s*(am|pm)?\\b|\\b(updated|published)\\b`, "i");
const BYLINE = /^(posted by|by|written by|words by|author:)\b/i;
const CATEGORIES = /^(categories|category|tags|filed under|topics?)\s*:/i;
const CAPTION = /^(in this (picture|photo|image|file photo)|(photo|image|picture)( credit)?:)|\((ap|afp|reuters|getty)( photo| images)?[^)]*\)\.?$/i;

/** The top of an article: the lines before its first real paragraph, where bylines and timestamps sit. */
const TOP_LINES = 8;
const LONG_PARAGRAPH = 120;

/**
 * Takes a web page's litter out of pasted text: comment forms, share buttons, "Read More" links, copyright lines,
 * repeated headlines (the title, or any short line met again), and bylines, dates, categories and photo captions
 * at the top. Works on whole lines only and never rewrites a line, so what stays is the analyst's text. Returns
 * the cleaned canonical text and each removed line with why, in text order.
 */
export function removePageLitter(input: string, title?: string | null): { text: string; removed: LitterLine[] } {
  const text = normaliseText(input);
  const lines = text.split("\n");
  const removed: LitterLine[] = [];
  const kept: string[] = [];
  const seen = new Set<string>();
  const titleKey = title ? key(title) : null;
  let inTop = true;
  let topCount = 0;
  for (const line of lines) {
    if (line.trim() === "") {
      kept.push(line);
      continue;
    }
    const reason = litterReason(line, { inTop, titleKey, seen });
    if (inTop) topCount++;
    // The top ends at the first real paragraph (a caption, however long, is not one).
    if ((line.length >= LONG_PARAGRAPH && !reason) || topCount >= TOP_LINES) inTop = false;
    seen.add(key(line));
    if (reason) removed.push({ text: line, reason });
    else kept.push(line);
  }
  return { text: normaliseText(kept.join("\n")), removed };
}

function litterReason(line: string, state: { inTop: boolean; titleKey: string | null; seen: Set<string> }): string | null {
  const trimmed = line.trim();
  for (const [pattern, reason] of LITTER) if (pattern.test(trimmed)) return reason;
  const k = key(trimmed);
  if (trimmed.length < 200 && (k === state.titleKey || state.seen.has(k)) && trimmed.split(/\s+/).length >= 3) return "repeated headline";
  if (!state.inTop) return null;
  if (CAPTION.test(trimmed) && trimmed.length < 600) return "caption";
  if (trimmed.length >= LONG_PARAGRAPH) return null;
  if (CATEGORIES.test(trimmed)) return "categories";
  if (BYLINE.test(trimmed) && trimmed.length < 120) return "byline or date";
  if (DATE_OR_TIME.test(trimmed) && trimmed.length < 120 && !/[.!?”"]$/.test(trimmed)) return "byline or date";
  return null;
}

const key = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
