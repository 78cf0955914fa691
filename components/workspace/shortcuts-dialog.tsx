"use client";

import { Fragment, useId } from "react";
import type { Keymap } from "@/lib/keyboard/keymap";
import { useModalDialog } from "@/components/use-modal-dialog";
import styles from "./shortcuts-dialog.module.css";

interface ShortcutsDialogProps {
  keymaps: readonly Keymap[];
  onClose(): void;
}

/** The `?` overlay: every keyboard shortcut of the screen, from the keymaps that run them, grouped by place. */
export function ShortcutsDialog({ keymaps, onClose }: ShortcutsDialogProps) {
  const dialog = useModalDialog();
  const id = useId();
  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className={styles.body}>
        <header className={styles.header}>
          <h2 id={`${id}-title`}>Keyboard shortcuts</h2>
          <button type="button" className={styles.close} aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <p className={styles.intro}>Letter keys work when the focus is not in a text field. Esc closes this list.</p>
        <div className={styles.groups}>
          {keymaps.map((keymap, index) => (
            <section key={keymap.title} aria-labelledby={`${id}-group-${index}`}>
              <h3 id={`${id}-group-${index}`} className={styles.groupTitle}>
                {keymap.title}
              </h3>
              <dl className={styles.list}>
                {keymap.shortcuts.map((shortcut) => (
                  <div key={shortcut.action} className={styles.row}>
                    <dt className={styles.keys}>
                      {shortcut.label.map((key, k) => (
                        <Fragment key={key}>
                          {k > 0 ? <span className={styles.plus}>+</span> : null}
                          <kbd>{key}</kbd>
                        </Fragment>
                      ))}
                    </dt>
                    <dd>{shortcut.description}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </dialog>
  );
}
