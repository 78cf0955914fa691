"use client";

import { useState } from "react";
import type { ClaimDto } from "@/lib/model";
import { snapToWords, type Span } from "@/lib/claims/span";
import { spanOf } from "./claim-text";
import type { SaveFailure } from "./use-claim-actions";

interface ReviewDeps {
  text: string;
  /** The words selected in the text, not yet snapped. */
  selection: Span | null;
  place(claim: ClaimDto, span: Span): Promise<ClaimDto>;
  /** A claim was placed; `message` is for the toast. */
  onPlaced(claim: ClaimDto, message: string): void;
  onError(message: string): void;
}

/** The review of what an edit left behind: re-attaching an orphan to the selected words, confirming a fuzzy match. */
export function useReviewActions({ text, selection, place, onPlaced, onError }: ReviewDeps) {
  const [busyId, setBusyId] = useState<string | null>(null);

  const run = async (claim: ClaimDto, span: Span, message: string) => {
    setBusyId(claim.id);
    try {
      onPlaced(await place(claim, span), message);
    } catch (failure) {
      onError((failure as SaveFailure).message);
    } finally {
      setBusyId(null);
    }
  };

  return {
    busyId,
    reattach(claim: ClaimDto) {
      const span = selection ? snapToWords(text, selection) : null;
      if (!span) return onError("Select the claim's words in the text first.");
      void run(claim, span, "Claim re-attached.");
    },
    confirm(claim: ClaimDto) {
      const span = spanOf(claim);
      if (span) void run(claim, span, "Match confirmed.");
    },
  };
}
