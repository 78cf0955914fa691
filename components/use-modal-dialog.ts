"use client";

import { useEffect, useRef } from "react";

/**
 * A `<dialog>` opened as a modal when it mounts (focus moves in, the page behind is inert, Escape closes it).
 * Removing the element on unmount closes it; closing here too would fire `close` twice under Strict Mode.
 */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return dialog;
}
