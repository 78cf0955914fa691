"use client";

import { useState, type RefObject } from "react";
import type { ClaimDto } from "@/lib/model";
import { useShortcuts } from "@/components/use-shortcuts";
import type { ClaimListHandle } from "./claim-list";
import { WORKSPACE_KEYMAP } from "./shortcuts";

interface WorkspaceKeysDeps {
  /** The claims the filters show, in text order: J and K walk these. */
  shown: readonly ClaimDto[];
  selectedId: string | null;
  /** Selects a claim as a click in the panel does: the text scrolls to it and it flashes. */
  select(id: string, from: "panel"): void;
  panelList: RefObject<ClaimListHandle | null>;
  whyNotChange(claim: ClaimDto): string | null;
  /** Opens the edit form of a claim. */
  edit(claim: ClaimDto): void;
  tag(): void;
  /** Tells the analyst why a key did nothing. */
  notice(message: string): void;
  /** Editing the text: its keys are typing. */
  editing: boolean;
  /** Reviewing suggestions: J, K and E are the review's then (use-suggestion-keys.ts). */
  reviewing?: boolean;
}

/** The workspace's keyboard shortcuts (J, K, T, E, ?) and whether the shortcuts overlay is open. */
export function useWorkspaceKeys({ shown, selectedId, select, panelList, whyNotChange, edit, tag, notice, editing, reviewing = false }: WorkspaceKeysDeps) {
  const [helpOpen, setHelpOpen] = useState(false);

  /** The next or previous claim in the text, selected and shown in both places. */
  const step = (delta: 1 | -1) => {
    const at = selectedId ? shown.findIndex((c) => c.id === selectedId) : -1;
    const claim = at < 0 ? shown[delta > 0 ? 0 : shown.length - 1] : shown[at + delta];
    if (!claim) return;
    select(claim.id, "panel");
    requestAnimationFrame(() => panelList.current?.reveal(claim.id));
  };

  const editSelected = () => {
    const claim = shown.find((c) => c.id === selectedId);
    if (!claim) return notice("Select a claim first (J and K move between claims).");
    const why = whyNotChange(claim);
    if (why) return notice(why);
    edit(claim);
  };

  useShortcuts(
    WORKSPACE_KEYMAP,
    {
      next: reviewing ? undefined : () => step(1),
      previous: reviewing ? undefined : () => step(-1),
      edit: reviewing ? undefined : editSelected,
      tag,
      help: () => setHelpOpen(true),
    },
    // The claim form and the dialogs have keys of their own; editing the text has none of these.
    { enabled: !editing, ignoreWithin: 'dialog, [role="dialog"]' },
  );

  return { helpOpen, setHelpOpen };
}
