/**
 * The window's colours as a canvas needs them: CSS custom properties resolved to rgb() for
 * the theme in force (a custom property read directly gives its light-dark() text, not a
 * colour), and a hook that changes when the theme does, so that a chart redraws in it.
 */
import { useEffect, useState } from 'react';
import { useAppState } from '../app/store';
import type { ChartColours } from './chart-colours';

export const SERIES_COLOURS = 8;

export type { ChartColours };

/** Each variable's value through `color` on a probe element inside `within`, where the theme applies. */
export function resolveColours(within: HTMLElement): ChartColours {
  const probe = document.createElement('span');
  probe.hidden = true;
  within.append(probe);
  const read = (name: string): string => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const colours = {
    background: read('--bg'),
    text: read('--text'),
    muted: read('--muted'),
    line: read('--line'),
    series: Array.from({ length: SERIES_COLOURS }, (_, i) => read(`--series-${i + 1}`)),
  };
  probe.remove();
  return colours;
}

/** "light" or "dark" as the window is drawn now: the setting, or else the system's. */
export function useScheme(): 'light' | 'dark' {
  const theme = useAppState((s) => s.settings.theme);
  const [systemDark, setSystemDark] = useState(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const changed = () => setSystemDark(media.matches);
    media.addEventListener('change', changed);
    return () => media.removeEventListener('change', changed);
  }, []);
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}
