"use client";

import { useCallback, useState } from "react";
import { api, ApiError, type ClaimFields } from "@/components/api-client";
import type { ClaimDto } from "@/lib/model";
import { putInOrder, sortClaims } from "./claim-text";

/** Why a save failed: the server's words, and the claim as it now is when someone else changed it. */
export interface SaveFailure {
  message: string;
  current: ClaimDto | null;
}

const messageOf = (error: unknown, fallback: string) => (error instanceof ApiError ? error.message : fallback);

function conflictOf(error: unknown): ClaimDto | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const current = (error.details as { current?: ClaimDto } | undefined)?.current;
  return current && typeof current.id === "string" ? current : null;
}

/**
 * The article's claims in text order and the API calls that change them. Each call resolves to the claim
 * (or throws a `SaveFailure`); the list is updated here so the panel and the highlights follow at once.
 */
export function useClaimActions(articleId: string, initial: readonly ClaimDto[]) {
  const [claims, setClaims] = useState(() => sortClaims(initial));
  /**
   * Counts the deletions and restorations the server confirmed: a deleted claim that came from a suggestion gives
   * it back to the queue, and restoring the claim takes it again, so the suggestions are read again on each.
   */
  const [removals, setRemovals] = useState(0);
  const removed = useCallback(() => setRemovals((n) => n + 1), []);

  const put = useCallback((claim: ClaimDto) => {
    setClaims((list) => putInOrder(list, claim));
  }, []);

  const create = useCallback(
    async (fields: ClaimFields): Promise<ClaimDto> => {
      try {
        const claim = await api.createClaim(articleId, fields);
        put(claim);
        return claim;
      } catch (error) {
        throw { message: messageOf(error, "The claim could not be saved."), current: null } satisfies SaveFailure;
      }
    },
    [articleId, put],
  );

  /** Changes some of a claim's fields, at the version given: a stale one fails with the claim as it now is. */
  const update = useCallback(
    async (claim: Pick<ClaimDto, "id" | "version">, fields: Partial<Omit<ClaimFields, "start" | "end">>): Promise<ClaimDto> => {
      try {
        const saved = await api.updateClaim(claim.id, { version: claim.version, ...fields });
        put(saved);
        return saved;
      } catch (error) {
        throw { message: messageOf(error, "The claim could not be saved."), current: conflictOf(error) } satisfies SaveFailure;
      }
    },
    [put],
  );

  /** Removes the claim from the list at once; if the server refuses, it comes back and the promise rejects. */
  const remove = useCallback(
    async (claim: ClaimDto): Promise<void> => {
      setClaims((list) => list.filter((c) => c.id !== claim.id));
      try {
        await api.deleteClaim(claim.id, claim.version);
        removed();
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return; // already gone
        // Changed by someone meanwhile: it stays, as it now is, for the analyst to look at again.
        const current = conflictOf(error);
        put(current ?? claim);
        const message = current
          ? `${current.updatedBy?.name ?? "Someone"} changed this claim meanwhile, so it was not deleted. Look at it again, then delete it if you still want to.`
          : messageOf(error, "The claim could not be deleted.");
        throw { message, current } satisfies SaveFailure;
      }
    },
    [put, removed],
  );

  /** Brings a deleted claim back as it was before its latest deletion, with the same id. */
  const restore = useCallback(
    async (id: string): Promise<ClaimDto> => {
      try {
        const claim = await api.restoreClaim(id);
        put(claim);
        removed();
        return claim;
      } catch (error) {
        throw { message: messageOf(error, "The claim could not be restored."), current: null } satisfies SaveFailure;
      }
    },
    [put, removed],
  );

  /** Puts the whole list back from the server (after the article's text changed and every claim moved). */
  const replaceAll = useCallback((list: readonly ClaimDto[]) => setClaims(sortClaims(list)), []);

  /** Places a claim on new words: re-attaches an orphan, or confirms where fuzzy matching put it. */
  const place = useCallback(
    async (claim: ClaimDto, span: { start: number; end: number }): Promise<ClaimDto> => {
      try {
        const saved = await api.updateClaim(claim.id, { version: claim.version, ...span });
        put(saved);
        return saved;
      } catch (error) {
        throw { message: messageOf(error, "The claim could not be placed."), current: conflictOf(error) } satisfies SaveFailure;
      }
    },
    [put],
  );

  return { claims, removals, put, create, update, remove, restore, replaceAll, place };
}
