/**
 * Scrolls the claims panel (and only the panel, never the page) so a claim's item sits in view, centred
 * when it was out of sight.
 */
export function revealInPanel(container: HTMLElement | null, claimId: string): void {
  const item = container?.querySelector<HTMLElement>(`[data-claim-item="${CSS.escape(claimId)}"]`);
  if (!container || !item) return;
  const box = container.getBoundingClientRect();
  const at = item.getBoundingClientRect();
  if (at.top >= box.top && at.bottom <= box.bottom) return;
  const target = container.scrollTop + (at.top - box.top) - (box.height - Math.min(at.height, box.height)) / 2;
  const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  container.scrollTo({ top: Math.max(0, target), behavior: smooth ? "smooth" : "auto" });
}

/** Keeps `?claim=` in the address in step with the selected claim, so the link opens the same view. */
export function setClaimInUrl(claimId: string | null): void {
  const url = new URL(window.location.href);
  if ((url.searchParams.get("claim") ?? null) === claimId) return;
  if (claimId) url.searchParams.set("claim", claimId);
  else url.searchParams.delete("claim");
  // A null state lets Next.js copy its own history state and keep its router in step with the new address.
  window.history.replaceState(null, "", url);
}
