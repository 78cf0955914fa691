/** What a highlight layer must redraw to show `items`: items new or changed since drawn, and ids to take away. */
export interface LayerChanges<T> {
  /** Items to draw: new ones, and those whose key changed (their old decorations are in `remove` too). */
  draw: T[];
  /** Ids whose decorations go: items gone, and items about to be drawn again. */
  remove: string[];
}

/**
 * Compares the items a layer shows (`drawn`: id → the key they were drawn with) with the items it should show.
 * An item's key changes exactly when its decorations would (its span, kind, confidence...), so a list of 5,000
 * claims in which one changed yields one item to redraw, and an unchanged list yields nothing.
 */
export function layerChanges<T>(drawn: ReadonlyMap<string, string>, items: readonly T[], idOf: (item: T) => string, keyOf: (item: T) => string): LayerChanges<T> {
  const draw: T[] = [];
  const remove: string[] = [];
  const wanted = new Set<string>();
  for (const item of items) {
    const id = idOf(item);
    if (wanted.has(id)) continue; // an id shows once
    wanted.add(id);
    const key = keyOf(item);
    const before = drawn.get(id);
    if (before === key) continue;
    if (before !== undefined) remove.push(id);
    draw.push(item);
  }
  for (const id of drawn.keys()) if (!wanted.has(id)) remove.push(id);
  return { draw, remove };
}
