/** The window's size and position, remembered between runs in a small JSON file (plain Node, no Electron). */
import { readFileSync, writeFileSync } from 'node:fs';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820 };

export function loadBounds(file: string): WindowBounds {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<WindowBounds>;
    const ok = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
    if (!ok(value.width) || !ok(value.height) || value.width < 400 || value.height < 300) return DEFAULT_BOUNDS;
    return {
      width: Math.round(value.width),
      height: Math.round(value.height),
      ...(ok(value.x) && ok(value.y) ? { x: Math.round(value.x), y: Math.round(value.y) } : {}),
      maximized: value.maximized === true,
    };
  } catch {
    return DEFAULT_BOUNDS;
  }
}

export function saveBounds(file: string, bounds: WindowBounds): void {
  try {
    writeFileSync(file, JSON.stringify(bounds));
  } catch {
    // Not remembering the window is no reason to fail closing it.
  }
}
