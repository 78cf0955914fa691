import type { Locator, Page } from "@playwright/test";

/**
 * Selects `text` inside `container` by dragging the mouse from its first character to its last, as a person
 * would. The rectangles come from a DOM Range over the text; the app snaps the selection to whole words.
 */
export async function dragSelect(page: Page, container: Locator, text: string): Promise<void> {
  await container.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? "").indexOf(wanted.slice(0, 12));
      if (at >= 0) {
        (node.parentElement ?? root).scrollIntoView({ block: "center" });
        return;
      }
    }
  }, text);
  const box = await container.evaluate((root, wanted) => {
    // Concatenate the text nodes to find the phrase even when highlights split it across elements.
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const whole = nodes.map((n) => n.data).join("");
    const start = whole.indexOf(wanted);
    if (start < 0) return null;
    // The text node holding the character at `offset` (highlights split the text into many nodes).
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
    if (!from || !to) return null;
    const first = document.createRange();
    first.setStart(from.node, from.offset);
    first.setEnd(from.node, from.offset + 1);
    const last = document.createRange();
    last.setStart(to.node, to.offset);
    last.setEnd(to.node, to.offset + 1);
    const a = first.getBoundingClientRect();
    const b = last.getBoundingClientRect();
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  }, text);
  if (!box) throw new Error(`The text “${text.slice(0, 40)}…” is not on the page.`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}
