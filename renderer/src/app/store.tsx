/**
 * The one store: the state, a dispatch for the named actions, and subscriptions.
 * Components read slices with useAppState(select) and re-render only when their
 * slice changes; commands and operations read the state as it is now with getState().
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { reducer, type Action } from './reducer';
import { initialState, type State } from './state';

export interface AppStore {
  getState(): State;
  dispatch(action: Action): void;
  subscribe(listener: () => void): () => void;
}

export function createAppStore(state: State = initialState()): AppStore {
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreProvider');
  return store;
}

/** A slice of the state; the selector must return a part of the state (or a primitive), not a new object. */
export function useAppState<T>(select: (state: State) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

export function useDispatch(): AppStore['dispatch'] {
  return useStore().dispatch;
}
