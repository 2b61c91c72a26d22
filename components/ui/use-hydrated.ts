import { useSyncExternalStore } from "react";

// Nothing to listen to: whether React has hydrated never changes back.
const subscribe = () => () => {};

/**
 * False in the server's HTML and during hydration, true once React runs this
 * component on the client. useSyncExternalStore rather than useEffect + useState:
 * React uses the server snapshot while it hydrates (so the markup matches, no
 * hydration warning) and re-renders with the client snapshot right after, while
 * a component mounted later on the client gets true at its first render, without
 * a second render.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
