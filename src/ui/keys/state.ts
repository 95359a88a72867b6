import { useRef, useSyncExternalStore } from 'react';

/**
 * State that keys change, kept in a small store React reads with useSyncExternalStore. Updates from such a
 * store render at sync priority: React renders and commits them in a microtask, before the key router
 * hands over the next key (keys/router.tsx). A plain useState update from a terminal read renders at
 * default priority, in a scheduler task that can come after the next key: that was the batched-key bug.
 */
class Store<T> {
  private readonly listeners = new Set<() => void>();
  constructor(private value: T) {}
  get = (): T => this.value;
  set = (next: T): void => {
    if (Object.is(next, this.value)) return;
    this.value = next;
    for (const l of this.listeners) l();
  };
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

function useStore<T>(init: () => T): Store<T> {
  const store = useRef<Store<T> | undefined>(undefined);
  if (!store.current) store.current = new Store(init());
  return store.current;
}

/** useState for state that keys change: `[value, set]`, where `set` takes a value or an update function. */
export function useKeyState<T>(initial: T | (() => T)): [T, (next: T | ((previous: T) => T)) => void] {
  const store = useStore(() => (typeof initial === 'function' ? (initial as () => T)() : initial));
  const value = useSyncExternalStore(store.subscribe, store.get);
  const set = useRef((next: T | ((previous: T) => T)) =>
    store.set(typeof next === 'function' ? (next as (p: T) => T)(store.get()) : next),
  ).current;
  return [value, set];
}

/** useReducer for state that keys change (see useKeyState): actions apply in order, each on the last result. */
export function useKeyReducer<S, A>(
  reducer: (state: S, action: A) => S,
  init: () => S,
): [S, (action: A) => void] {
  const store = useStore(init);
  const state = useSyncExternalStore(store.subscribe, store.get);
  const latest = useRef(reducer);
  latest.current = reducer;
  const dispatch = useRef((action: A) => store.set(latest.current(store.get(), action))).current;
  return [state, dispatch];
}
