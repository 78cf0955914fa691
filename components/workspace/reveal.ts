/** Keeps `?claim=` in the address in step with the selected claim, so the link opens the same view. */
export function setClaimInUrl(claimId: string | null): void {
  const url = new URL(window.location.href);
  if ((url.searchParams.get("claim") ?? null) === claimId) return;
  if (claimId) url.searchParams.set("claim", claimId);
  else url.searchParams.delete("claim");
  // A null state lets Next.js copy its own history state and keep its router in step with the new address.
  window.history.replaceState(null, "", url);
}
