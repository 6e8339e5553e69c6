/** Telling the person what happened, in the status bar; and running a contract call whose failure is told the same way. */
import type { Result } from '../../../../shared/contract/api';
import type { AppStore } from '../store';

export function notify(store: AppStore, text: string, action?: { label: string; command: string }): void {
  store.dispatch({ type: 'notice/show', text, action });
}

/** Runs a call; on failure its message goes to the status bar and the result is undefined. */
export async function attempt<T>(store: AppStore, work: () => Promise<Result<T>>): Promise<T | undefined> {
  try {
    const result = await work();
    if (result.ok) return result.value;
    notify(store, result.error);
  } catch (error) {
    notify(store, error instanceof Error ? error.message : String(error));
  }
  return undefined;
}
