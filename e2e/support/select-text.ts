import type { Locator, Page } from "@playwright/test";

/**
 * Selects `text` inside `container` by dragging the mouse from its first character to its last, as a person
 * would: the phrase is scrolled to the middle of the screen first, then pressed, dragged over and released.
 * The phrase is found across text nodes, since highlights (claims, suggested claims) split the words into many
 * elements, often right after an opening quotation mark. The app snaps the selection to whole words.
 */
export async function dragSelect(page: Page, container: Locator, text: string): Promise<void> {
  const box = await container.evaluate((root, wanted) => {
    // Concatenate the text nodes to find the phrase even when highlights split it across elements.
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const whole = nodes.map((n) => n.data).join("");
    const start = whole.indexOf(wanted);
    if (start < 0) return { missing: true as const };
    // The text node holding the character at `offset`.
    const locate = (offset: number) => {
      let seen = 0;
      for (const node of nodes) {
        if (offset < seen + node.data.length) return { node, offset: offset - seen };
        seen += node.data.length;
      }
      return null;
    };
    const from = locate(start);
    const to = locate(start + wanted.length - 1);
    if (!from || !to) return { missing: true as const };
    const character = (at: { node: Text; offset: number }) => {
      const range = document.createRange();
      range.setStart(at.node, at.offset);
      range.setEnd(at.node, at.offset + 1);
      return range;
    };
    // Scroll (at once) so that the phrase is on screen, then measure: the mouse can only press what it sees.
    (from.node.parentElement ?? root).scrollIntoView({ block: "center" });
    const a = character(from).getBoundingClientRect();
    const b = character(to).getBoundingClientRect();
    const onScreen = (r: DOMRect) => r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
    return {
      missing: false as const,
      onScreen: onScreen(a) && onScreen(b),
      x1: a.left + 1,
      y1: a.top + a.height / 2,
      x2: b.right - 1,
      y2: b.top + b.height / 2,
    };
  }, text);
  if (box.missing) throw new Error(`The text “${text.slice(0, 40)}…” is not on the page.`);
  if (!box.onScreen) throw new Error(`The text “${text.slice(0, 40)}…” does not fit on the screen to be dragged over.`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}
