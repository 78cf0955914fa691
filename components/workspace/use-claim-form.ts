"use client";

import { useState } from "react";
import type { ClaimFields } from "@/components/api-client";
import type { ClaimDto } from "@/lib/model";
import type { ClaimDraft } from "./claim-form";
import { valuesOfDraft, type FormState } from "./claim-form-state";
import { patchOf, type ClaimPatch, type ClaimValues } from "./conflict-merge";
import type { OwnChange } from "./undo-changes";
import type { SaveFailure } from "./use-claim-actions";

interface ClaimFormDeps {
  create(fields: ClaimFields): Promise<ClaimDto>;
  update(claim: ClaimDto, fields: ClaimPatch): Promise<ClaimDto>;
  /** Puts a claim into the list as the server has it. */
  put(claim: ClaimDto): void;
  /** A claim was saved from the form; `change` is what Undo would take back. */
  onSaved(saved: ClaimDto, change: OwnChange, mode: FormState["mode"]): void;
  /** After a conflict, the analyst took the other person's version: the form is to close. */
  onTookTheirs(claim: ClaimDto): void;
}

/**
 * The claim form's state and its saves. Saving an edit on top of a version someone else has replaced opens
 * the conflict comparison; the analyst's values are kept (in the form and in `conflict.mine`) until they
 * keep theirs, take the other, or save a merge, each at the newest version. Another conflict on the way
 * compares again with the newer claim.
 */
export function useClaimForm({ create, update, put, onSaved, onTookTheirs }: ClaimFormDeps) {
  const [form, setForm] = useState<FormState | null>(null);

  /** Saves `values` over `on` (an edit, at `on.version`), or as a new claim on the form's words. */
  const run = async (values: ClaimValues, on: ClaimDto | null) => {
    const mode = form?.mode;
    const span = form?.span ?? null;
    if (!mode || (!on && !span)) return;
    setForm((f) => (f ? { ...f, saving: true, error: null } : f));
    try {
      const saved = on ? await update(on, patchOf(values)) : span ? await create({ ...span, ...patchOf(values) }) : null;
      if (saved) onSaved(saved, on ? { type: "update", before: on, after: saved } : { type: "create", claim: saved }, mode);
    } catch (failure) {
      const { message, current } = failure as SaveFailure;
      setForm((f) => {
        if (!f) return f;
        if (!current) return { ...f, saving: false, error: message };
        return { ...f, saving: false, error: null, conflict: { current, mine: values, comparing: true, round: (f.conflict?.round ?? 0) + 1 } };
      });
    }
  };

  const conflict = form?.conflict ?? null;
  return {
    form,
    setForm,
    save(draft: ClaimDraft) {
      const values = valuesOfDraft(draft);
      if (form && values) void run(values, form.claim);
    },
    keepMine() {
      if (conflict) void run(conflict.mine, conflict.current);
    },
    saveMerged(values: ClaimValues) {
      if (conflict) void run(values, conflict.current);
    },
    takeTheirs() {
      if (!conflict) return;
      put(conflict.current);
      onTookTheirs(conflict.current);
    },
    /** Opens or closes the comparison; the conflict stays until the analyst chooses. */
    compare(open: boolean) {
      setForm((f) => (f?.conflict ? { ...f, conflict: { ...f.conflict, comparing: open } } : f));
    },
  };
}
