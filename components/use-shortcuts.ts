"use client";

import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from "react";
import { actionFor, type Keymap } from "@/lib/keyboard/keymap";

/** What each action of a keymap does; an action without a handler leaves its key alone. */
export type ShortcutHandlers<A extends string> = Partial<Record<A, (event: KeyboardEvent | ReactKeyboardEvent) => void>>;

const TEXT_INPUTS = /^(text|search|email|url|tel|password|number|date|datetime-local|month|time|week)$/;

/** Whether keys pressed on this element type text: a text field, a text area, a select, or editable text. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.test(target.type);
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  // The article text is editable only to let the caret and selection work: it is read-only (aria-readonly).
  return target.isContentEditable && target.closest('[aria-readonly="true"]') === null;
}

/**
 * Runs the keymap's action for a key press and stops the key's usual effect; answers whether it did. For
 * `onKeyDown` of one element (the claim form, the claims list), whose keys then go no further.
 */
export function runShortcut<A extends string>(keymap: Keymap<A>, handlers: ShortcutHandlers<A>, event: KeyboardEvent | ReactKeyboardEvent): boolean {
  if (event.defaultPrevented) return false;
  const action = actionFor(keymap, { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing: isTyping(event.target) });
  const handler = action ? handlers[action] : undefined;
  if (!handler) return false;
  event.preventDefault();
  event.stopPropagation();
  handler(event);
  return true;
}

/**
 * The keymap's shortcuts anywhere on the page (a listener on the document), except inside elements matching
 * `ignoreWithin` (modal dialogs have their own keys). Handlers are read fresh on every key press.
 */
export function useShortcuts<A extends string>(keymap: Keymap<A>, handlers: ShortcutHandlers<A>, options: { enabled?: boolean; ignoreWithin?: string } = {}) {
  const latest = useRef(handlers);
  latest.current = handlers;
  const { enabled = true, ignoreWithin } = options;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (ignoreWithin && event.target instanceof Element && event.target.closest(ignoreWithin)) return;
      runShortcut(keymap, latest.current, event);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [keymap, enabled, ignoreWithin]);
}
