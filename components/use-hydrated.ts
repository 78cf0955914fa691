import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and while React hydrates it, true from then on. A control whose handler only exists
 * once React runs (a file picker whose file goes to a script) is disabled until then: a file picked earlier would
 * be dropped without a word.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
