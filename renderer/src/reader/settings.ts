/** Reading preferences and positions, kept in localStorage. */
import { useCallback, useState } from 'react';

export interface ReaderSettings {
  fontSize: number;
  measure: 'narrow' | 'medium' | 'wide';
}

const KEY = 'verbatim.reader';
const DEFAULTS: ReaderSettings = { fontSize: 17, measure: 'medium' };
export const MEASURES: ReaderSettings['measure'][] = ['narrow', 'medium', 'wide'];

function load(): ReaderSettings {
  try {
    return { ...DEFAULTS, ...(JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ReaderSettings>) };
  } catch {
    return DEFAULTS;
  }
}

export function useReaderSettings(): [ReaderSettings, (change: Partial<ReaderSettings>) => void] {
  const [settings, setSettings] = useState(load);
  const update = useCallback((change: Partial<ReaderSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...change };
      next.fontSize = Math.min(26, Math.max(13, next.fontSize));
      localStorage.setItem(KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return [settings, update];
}

const positionKey = (id: number): string => `verbatim.position.${id}`;

/** The turn a reader was at in a document, remembered per document. */
export function savedPosition(id: number): number {
  return Number(localStorage.getItem(positionKey(id)) ?? 0) || 0;
}

export function savePosition(id: number, turn: number): void {
  if (turn > 0) localStorage.setItem(positionKey(id), String(turn));
  else localStorage.removeItem(positionKey(id));
}
