/**
 * Highlighting in JavaScript: the text is tokenized as the index was, each word's stem
 * compared with the query's patterns, and matches returned as character ranges of the
 * original text (never HTML). A snippet is a window of the text around the most matches.
 */
import type { Pattern, PatternToken } from './compile';
import { tokenize, type Token } from './text';

export interface Range {
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  /** Ranges of `text` to mark. */
  highlights: Range[];
}

function matches(token: Token, p: PatternToken): boolean {
  if (p.prefix !== null) return token.norm.startsWith(p.prefix) || token.stem.startsWith(p.prefix) || p.alternatives.includes(token.stem);
  return token.stem === p.stem;
}

/** Ranges of every occurrence of every pattern, sorted and merged. */
export function findMatches(text: string, patterns: Pattern[]): Range[] {
  if (patterns.length === 0 || !text) return [];
  const tokens = tokenize(text);
  const found: Range[] = [];
  for (const pattern of patterns) {
    for (let i = 0; i + pattern.length <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < pattern.length && ok; k++) ok = matches(tokens[i + k], pattern[k]);
      if (ok) found.push({ start: tokens[i].start, end: tokens[i + pattern.length - 1].end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

const SNIPPET = 240;

/** A window of about 240 characters around the densest run of matches, cut at word boundaries, with "…" where text was left out. */
export function makeSnippet(text: string, patterns: Pattern[], size = SNIPPET): Snippet {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = findMatches(flat, patterns);
  if (flat.length <= size) return { text: flat, highlights: ranges };
  let bestStart = 0;
  let bestCount = -1;
  for (let i = 0; i < ranges.length; i++) {
    let count = 0;
    for (let j = i; j < ranges.length && ranges[j].end - ranges[i].start <= size * 0.8; j++) count++;
    if (count > bestCount) {
      bestCount = count;
      bestStart = ranges[i].start;
    }
  }
  let start = ranges.length ? Math.max(0, bestStart - Math.floor(size / 4)) : 0;
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < bestStart ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + size);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start + size / 2) end = space;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < flat.length ? ' …' : '';
  const shift = prefix.length - start;
  const highlights = ranges
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start + shift, end: r.end + shift }));
  return { text: prefix + flat.slice(start, end) + suffix, highlights };
}
