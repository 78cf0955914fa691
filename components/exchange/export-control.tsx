"use client";

import { useRef } from "react";
import type { ExportFormat } from "@/lib/export/formats";
import { EXPORT_CHOICES } from "./export-formats";
import { ExportMenu } from "./export-menu";
import { ExportStatus } from "./export-status";
import { useExportDownload } from "./use-export-download";
import styles from "./export.module.css";

interface ExportControlProps {
  /** What is exported ("Export all articles"), shown at the top of the menu. */
  heading: string;
  /** The download address of a format. */
  urlFor(format: ExportFormat): string;
  /** Why nothing can be exported right now; shown instead of downloading. */
  refusal?: string | null;
  disabled?: boolean;
  buttonClassName?: string;
}

/**
 * An Export menu with its download status: pick a format, watch it arrive, get the file. Picking another format
 * while one is arriving cancels the first.
 */
export function ExportControl({ heading, urlFor, refusal, disabled, buttonClassName }: ExportControlProps) {
  const { state, start, cancel, fail, dismiss } = useExportDownload();
  const menu = useRef<{ focus(): void }>(null);
  // The popover's buttons disappear with it: the focus goes back to the Export button, not to the page.
  const thenFocusMenu = (action: () => void) => () => {
    const hadFocus = document.activeElement instanceof HTMLElement && document.activeElement.closest("[data-export-status]") !== null;
    action();
    if (hadFocus) menu.current?.focus();
  };
  return (
    <div className={styles.exportControl}>
      <ExportMenu
        heading={heading}
        choices={EXPORT_CHOICES}
        disabled={disabled}
        buttonClassName={buttonClassName}
        handleRef={menu}
        onChoose={(choice) => (refusal ? fail(refusal) : void start(choice, urlFor(choice.format)))}
      />
      <ExportStatus state={state} onCancel={thenFocusMenu(cancel)} onDismiss={thenFocusMenu(dismiss)} />
    </div>
  );
}
