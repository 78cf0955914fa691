"use client";

import { useEffect, useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from "react";
import type { ExportChoice } from "./export-formats";
import styles from "./export.module.css";

interface ExportMenuProps {
  /** What the menu exports ("Export all articles"): its heading, and its name for screen readers. */
  heading: string;
  choices: readonly ExportChoice[];
  onChoose(choice: ExportChoice): void;
  disabled?: boolean;
  /** Extra classes for the button, e.g. to join it to a neighbour. */
  buttonClassName?: string;
  /** Lets the owner put the focus back on the button (after the status popover closes). */
  handleRef?: Ref<{ focus(): void }>;
}

/**
 * The Export menu button (ARIA menu button pattern): Enter, Space or ↓ open it on the first format, ↑ on the
 * last; ↑ ↓ Home End and the first letter move between formats; Escape closes it and returns to the button.
 */
export function ExportMenu({ heading, choices, onChoose, disabled, buttonClassName, handleRef }: ExportMenuProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  useImperativeHandle(handleRef, () => ({ focus: () => button.current?.focus() }), []);

  useEffect(() => {
    if (open) items.current[focused]?.focus();
  }, [open, focused]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const openAt = (index: number) => {
    setFocused((index + choices.length) % choices.length);
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  const choose = (choice: ExportChoice) => {
    close(true);
    onChoose(choice);
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      openAt(event.key === "ArrowDown" ? 0 : -1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = choices.length - 1;
    const move: Record<string, number | undefined> = {
      ArrowDown: focused >= last ? 0 : focused + 1,
      ArrowUp: focused <= 0 ? last : focused - 1,
      Home: 0,
      End: last,
    };
    const target = move[event.key];
    if (target !== undefined) {
      event.preventDefault();
      setFocused(target);
    } else if (event.key === "Escape") {
      event.preventDefault();
      // The workspace closes its claim form on Escape: this Escape is the menu's alone.
      event.stopPropagation();
      close(true);
    } else if (event.key === "Tab") {
      setOpen(false);
    } else if (event.key.length === 1 && /\S/.test(event.key)) {
      const letter = event.key.toLocaleLowerCase();
      const order = choices.map((_, i) => (focused + 1 + i) % choices.length);
      const next = order.find((i) => choices[i]?.label.toLocaleLowerCase().startsWith(letter));
      if (next !== undefined) setFocused(next);
    }
  };

  return (
    <div
      ref={wrapper}
      className={styles.menuWrapper}
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        id={`${id}-button`}
        type="button"
        className={`button ${buttonClassName ?? ""}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        disabled={disabled}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        Export
        <span aria-hidden="true" className={open ? `${styles.caret} ${styles.caretOpen}` : styles.caret}>
          ▾
        </span>
      </button>
      <div id={`${id}-menu`} role="menu" aria-label={heading} className={styles.menu} hidden={!open} onKeyDown={onMenuKeyDown}>
        <div className={styles.menuHeading} aria-hidden="true">
          {heading}
        </div>
        {choices.map((choice, index) => (
          <button
            key={choice.format}
            ref={(element) => {
              items.current[index] = element;
            }}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={styles.menuItem}
            aria-labelledby={`${id}-${choice.format}`}
            aria-describedby={`${id}-${choice.format}-description`}
            onClick={() => choose(choice)}
            onMouseMove={() => {
              if (focused !== index) setFocused(index);
            }}
          >
            <span id={`${id}-${choice.format}`} className={styles.menuItemLabel}>
              {choice.label}
            </span>
            <span id={`${id}-${choice.format}-description`} className={styles.menuItemDescription}>
              {choice.description}
            </span>
          </button>
        ))}
      </div>
    </div>
  );
}
