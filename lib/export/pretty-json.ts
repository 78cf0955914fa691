/**
 * `JSON.stringify(value, null, 2)` for a value written `depth` levels deep inside a larger document, so a
 * document streamed piece by piece reads exactly as if it had been stringified whole.
 */
export function prettyJson(value: unknown, depth: number): string {
  const json = JSON.stringify(value, null, 2);
  return depth === 0 ? json : json.replace(/\n/g, `\n${"  ".repeat(depth)}`);
}
