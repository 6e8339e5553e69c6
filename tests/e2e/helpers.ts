/** Small helpers the window's e2e specs share: rows, word selection, contrast, axe. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, FIXTURES } from './harness';

export const rows = (page: Page): Locator => page.locator('.doc-row');

/** Waits for a drop's import to finish (its summary in the status bar). */
export async function imported(page: Page, text: string | RegExp = 'imported'): Promise<void> {
  await expect(page.locator('.import-summary')).toContainText(text, { timeout: 30_000 });
}

/** Selects `length` characters from `start` in the first paragraph of the first turn by `speaker`. */
export async function selectWords(page: Page, speakerText: string, start: number, length: number): Promise<void> {
  await page.evaluate(
    ([who, from, n]) => {
      const turn = [...document.querySelectorAll('section.turn')].find((s) =>
        s.querySelector('.speaker')?.textContent?.includes(who as string),
      );
      const p = turn?.querySelector('p[data-par]');
      const text = p?.firstChild;
      if (!text) throw new Error('no paragraph');
      const range = document.createRange();
      range.setStart(text, from as number);
      range.setEnd(text, (from as number) + (n as number));
      const sel = window.getSelection() as Selection;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    [speakerText, start, length] as const,
  );
}

/**
 * The WCAG contrast ratio of an element's text against what is drawn behind it
 * (the first ancestor with an opaque background).
 */
export function contrastOf(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const parse = (colour: string): number[] => {
      const m = /rgba?\(([^)]+)\)/.exec(colour);
      if (!m) return [255, 255, 255, 1];
      const parts = m[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0], parts[1], parts[2], parts[3] ?? 1];
    };
    const channel = (v: number): number => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = ([r, g, b]: number[]): number => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    let back = [255, 255, 255, 1];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0.5) {
        back = colour;
        break;
      }
    }
    const [a, b] = [luminance(parse(getComputedStyle(element).color)), luminance(back)].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  });
}

/** A button a person can see: on screen, and its label readable against its background (WCAG AA, 4.5:1). */
export async function expectReadable(button: Locator): Promise<void> {
  await expect(button).toBeVisible();
  expect(await contrastOf(button), `contrast of “${await button.textContent()}”`).toBeGreaterThanOrEqual(4.5);
}

/**
 * Runs axe over the page and fails on any serious or critical violation — and on text
 * drawn in its own background colour, which axe leaves "incomplete" (a 1:1 ratio might be
 * meant to hide text) but which in this window is always a button nobody can see.
 */
export async function axe(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const invisible = result.incomplete
    .filter((v) => v.id === 'color-contrast')
    .flatMap((v) =>
      v.nodes.filter((n) => n.any.some((check) => (check.data as { messageKey?: string } | null)?.messageKey === 'equalRatio')),
    )
    .map((n) => `${label}: text in its background colour (1:1) ${n.target.join(' ')}`);
  expect([
    ...bad.map(
      (v) =>
        `${label}: ${v.id} (${v.impact}) ${v.nodes
          .map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`)
          .slice(0, 3)
          .join(' | ')}`,
    ),
    ...invisible,
  ]).toEqual([]);
}

const SCREENS = join(__dirname, '..', '..', 'docs', 'screens');

/** Checks the page as it is with axe and photographs it into docs/screens/, in both colour schemes. */
export async function state(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await axe(page, `${name} (${scheme})`);
    await page.screenshot({ path: join(SCREENS, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Drops the 45 en.kremlin.ru pages of the fixtures and waits for their import. */
export async function importSample(app: { page: Page; drop(paths: string[]): Promise<void> }): Promise<void> {
  await app.drop([join(FIXTURES, 'kremlin_en_html')]);
  await imported(app.page, '45 documents imported');
}
