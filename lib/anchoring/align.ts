/**
 * Where one boundary of a pattern falls in `text[from, to)` under the cheapest alignment of the whole pattern
 * with some stretch of that text (Levenshtein costs, free start and end in the text).
 *
 * Used to place the edges of a fuzzy match: approximate search finds where the quote ends, but when the edit
 * touched the quote's first or last words several starts tie ("provides advanced military…" or "military…"
 * are both 9 edits from "provides military…"). Aligning the stored prefix with the head of the quote (or the
 * tail with the suffix) settles it: the quote starts where the prefix stops matching. Text inserted right at the
 * boundary is left outside the quote.
 */
export function alignBoundary(
  text: string,
  from: number,
  to: number,
  pattern: string,
  boundary: number,
  side: "start" | "end",
): number {
  const m = pattern.length;
  const n = Math.max(0, to - from);
  const width = n + 1;
  // cost[i * width + j]: fewest edits aligning pattern[0, i) with text ending at from + j (any start).
  const cost = new Int32Array((m + 1) * width);
  const codes = new Int32Array(n);
  for (let j = 0; j < n; j++) codes[j] = text.charCodeAt(from + j);
  for (let i = 1; i <= m; i++) {
    const row = i * width;
    const pc = pattern.charCodeAt(i - 1);
    let left = i;
    cost[row] = i;
    for (let j = 1; j <= n; j++) {
      const diagonal = cost[row - width + j - 1]! + (pc === codes[j - 1] ? 0 : 1);
      const up = cost[row - width + j]! + 1;
      let best = diagonal < up ? diagonal : up;
      if (left + 1 < best) best = left + 1;
      cost[row + j] = best;
      left = best;
    }
  }

  // The cheapest end of the whole pattern; on a tie, the leftmost.
  const last = m * width;
  let j = 0;
  for (let k = 1; k <= n; k++) if (cost[last + k]! < cost[last + j]!) j = k;

  let at = -1;
  let i = m;
  for (;;) {
    if (i === boundary) {
      // Walking back along the path: the first column seen on the boundary row is its rightmost, the last one
      // its leftmost. A start takes the rightmost (text inserted before the quote stays out), an end the leftmost.
      if (side === "end" || at === -1) at = j;
    }
    if (i === 0) break; // free start: text before the pattern is not part of the alignment
    const here = cost[i * width + j]!;
    if (j > 0 && here === cost[(i - 1) * width + j - 1]! + (pattern.charCodeAt(i - 1) === codes[j - 1] ? 0 : 1)) {
      i--;
      j--;
    } else if (here === cost[(i - 1) * width + j]! + 1) {
      i--;
    } else {
      j--;
    }
  }
  return from + at;
}
