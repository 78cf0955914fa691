// The baseline of the workspace benchmark: the same text with the same highlights (nested spans, as the editor
// draws them) and the same list of claims, as one static HTML page whose only script is a one-line click handler
// that marks the clicked claim selected (and scrolls to it from the list). What a browser does with no framework.
import { createServer, type Server } from "node:http";
import type { BenchClaim } from "./app-server";

export interface StaticClaim extends BenchClaim {
  id: string;
  quote: string;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The paragraphs of the text with each claim's words wrapped in a span per segment (innermost = shortest). */
function highlightedText(text: string, claims: readonly StaticClaim[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const c of claims) cuts.add(c.start).add(c.end);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) cuts.add(i).add(i + 1);
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...claims].sort((a, b) => a.start - b.start);
  let open: StaticClaim[] = [];
  let next = 0;
  let html = "<p>";
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    const piece = text.slice(from, to);
    if (piece === "\n") {
      html += text[from - 1] === "\n" ? "" : "</p><p>";
      continue;
    }
    while (next < byStart.length && (byStart[next]?.start ?? Infinity) <= from) open.push(byStart[next++] as StaticClaim);
    open = open.filter((c) => c.end > from);
    const covering = [...open].sort((a, b) => b.end - b.start - (a.end - a.start));
    html += covering.map((c) => `<span class="claim" data-claim-id="${c.id}">`).join("") + escape(piece) + "</span>".repeat(covering.length);
    for (const c of covering) if (c.end === to) html += `<span class="marker" aria-hidden="true" data-marker-for="${c.id}"></span>`;
  }
  return `${html}</p>`;
}

const CLICK =
  "document.addEventListener('click',e=>{const el=e.target.closest('[data-claim-id],[data-claim-item]');if(!el)return;const id=el.dataset.claimId||el.dataset.claimItem;document.querySelectorAll('.is-selected,[aria-selected=true]').forEach(x=>{x.classList.remove('is-selected');x.removeAttribute('aria-selected')});document.querySelectorAll('[data-claim-id=\"'+id+'\"]').forEach(x=>x.classList.add('is-selected'));const li=document.querySelector('[data-claim-item=\"'+id+'\"]');li.setAttribute('aria-selected','true');(el.dataset.claimItem?document.querySelector('[data-claim-id=\"'+id+'\"]'):li).scrollIntoView({block:'center'})});";

/** The whole baseline page. */
export function staticPage(text: string, claims: readonly StaticClaim[]): string {
  const list = claims.map((c) => `<li data-claim-item="${c.id}"><button type="button">${escape(c.quote.slice(0, 120))}</button></li>`).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static baseline</title><style>
body{margin:0;font:17px/1.7 Georgia,serif;display:grid;grid-template-columns:minmax(0,1fr) 380px;gap:28px;max-width:1320px}
.ProseMirror{padding:36px 40px}.claim{background:rgba(255,200,0,.18);border-bottom:2px solid #d9a400}.claim.is-selected{background:rgba(36,84,197,.25)}
.marker::after{content:"+";font-size:10px}aside{position:sticky;top:16px;max-height:calc(100vh - 32px);overflow:auto}
li[aria-selected=true]{outline:2px solid #2454c5}button{all:unset;display:block;padding:8px;cursor:pointer}
</style></head><body><main class="ProseMirror">${highlightedText(text, claims)}</main><aside><ul>${list}</ul></aside>
<script>${CLICK}</script></body></html>`;
}

/** Serves one HTML page on `port`; answers a function that stops the server. */
export async function serveStatic(html: string, port: number): Promise<{ url: string; stop(): Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
