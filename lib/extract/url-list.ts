/** The most addresses one batch may import. */
export const MAX_BATCH_URLS = 50;

/**
 * The addresses an analyst pasted, one a line: blank lines and repeats dropped, each trimmed. `error` says why
 * the list cannot be imported (too many); the addresses themselves are checked by the server when fetched.
 */
export function parseUrlList(input: string): { urls: string[]; error: string | null } {
  const urls = [...new Set(input.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ""))];
  const error = urls.length > MAX_BATCH_URLS ? `That is ${urls.length} addresses; one batch imports at most ${MAX_BATCH_URLS}. Split the list.` : null;
  return { urls, error };
}
