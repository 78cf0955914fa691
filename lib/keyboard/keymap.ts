/**
 * Keyboard shortcuts as data: a keymap lists what each key does, and `actionFor` says which action a key press
 * asks for. One mechanism for every shortcut of the app, so that the help overlay lists exactly what works, and
 * a new screen (a review queue, say) only declares its own keymap.
 */

/** One shortcut: the keys that trigger an action, and how the help overlay shows and explains it. */
export interface Shortcut<A extends string = string> {
  action: A;
  /** `KeyboardEvent.key` values that trigger it; a letter matches in either case. */
  keys: readonly string[];
  /** Needs Ctrl (or ⌘ on a Mac). Plain shortcuts never fire with Ctrl, ⌘ or Alt held. */
  mod?: boolean;
  /** Fires while typing in a field too. Only for `mod` shortcuts (Ctrl+Enter): a plain key there is typing. */
  inFields?: boolean;
  /** The keys as the overlay shows them, one `<kbd>` each: ["J"], ["Ctrl", "Enter"]. */
  label: readonly string[];
  /** What it does, in the analyst's words. */
  description: string;
}

/** The shortcuts of one place (the workspace, the claims list, the claim form...), with a title for the overlay. */
export interface Keymap<A extends string = string> {
  title: string;
  shortcuts: readonly Shortcut<A>[];
}

/** A key press, as much of a `KeyboardEvent` as matters, and whether the focus is in a field being typed in. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focus is in a text field, a text area, a select or editable text. */
  typing: boolean;
}

const sameKey = (a: string, b: string) => a === b || (a.length === 1 && b.length === 1 && a.toLowerCase() === b.toLowerCase());

/** The action a key press asks for in a keymap, or null when it asks for none (the key then does what it usually does). */
export function actionFor<A extends string>(keymap: Keymap<A>, press: KeyPress): A | null {
  if (press.altKey) return null;
  const mod = press.ctrlKey || press.metaKey;
  for (const shortcut of keymap.shortcuts) {
    if (Boolean(shortcut.mod) !== mod) continue;
    if (press.typing && !(shortcut.mod && shortcut.inFields)) continue;
    if (shortcut.keys.some((key) => sameKey(key, press.key))) return shortcut.action;
  }
  return null;
}

/** Keys bound twice in a keymap (a mistake: only the first would ever fire). */
export function clashes(keymap: Keymap): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const shortcut of keymap.shortcuts) {
    for (const key of shortcut.keys) {
      const id = `${shortcut.mod ? "mod+" : ""}${key.length === 1 ? key.toLowerCase() : key}`;
      if (seen.has(id)) twice.push(id);
      seen.add(id);
    }
  }
  return twice;
}
