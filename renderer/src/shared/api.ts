import type { Result } from '../../../shared/contract/api';
import type { VerbatimApi } from '../../../preload/client';

declare global {
  interface Window {
    verbatim: VerbatimApi;
  }
}

export const api = (): VerbatimApi => window.verbatim;

/** Unwraps a contract result, turning an error value into a thrown Error for the caller's catch. */
export async function unwrap<T>(promise: Promise<Result<T>>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
