/**
 * "Did you mean": when a query finds nothing, each of its words that the archive does
 * not know is replaced by the closest word it does (by edit distance between stems,
 * among vocabulary terms with the same first letter, most frequent first), written as
 * it appears in a transcript.
 */
import type { Database } from 'better-sqlite3';
import type { TextNode } from './query';
import { tokenize } from './text';

function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let prevPrev: number[] = [];
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2] + 1);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[b.length];
}

function words(node: TextNode | null, out: string[] = []): string[] {
  if (!node) return out;
  switch (node.kind) {
    case 'term':
      if (!node.prefix) out.push(node.text);
      break;
    case 'phrase':
      out.push(...node.text.split(/\s+/));
      break;
    case 'near':
      node.items.forEach((i) => words(i, out));
      break;
    case 'and':
    case 'or':
      node.items.forEach((i) => words(i, out));
      break;
    case 'not':
      break;
  }
  return out;
}

function nextChar(s: string): string {
  return String.fromCodePoint((s.codePointAt(0) ?? 0) + 1);
}

/** The closest known stem to an unknown one, or null. */
function closest(db: Database, stem: string): string | null {
  const first = String.fromCodePoint(stem.codePointAt(0) ?? 0);
  const max = stem.length <= 4 ? 1 : 2;
  const rows = db.prepare('SELECT term, doc FROM search_vocab WHERE term >= ? AND term < ?').raw().all(first, nextChar(first)) as [string, number][];
  let best: { term: string; d: number; doc: number } | null = null;
  for (const [term, doc] of rows) {
    if (Math.abs(term.length - stem.length) > max) continue;
    const d = distance(stem, term, max);
    if (d > max) continue;
    if (!best || d < best.d || (d === best.d && doc > best.doc)) best = { term, d, doc };
  }
  return best?.term ?? null;
}

/** A surface form of a stem as a transcript (or title) writes it. */
function surface(db: Database, stem: string): string {
  const id = db.prepare('SELECT rowid FROM search_turns WHERE search_turns MATCH ? LIMIT 1').pluck().get(`body : "${stem}"`) as number | undefined;
  const text = id !== undefined ? (db.prepare('SELECT text FROM turns WHERE id = ?').pluck().get(id) as string | undefined) : undefined;
  const token = text ? tokenize(text).find((t) => t.stem === stem) : undefined;
  return token ? token.norm : stem;
}

export function didYouMean(db: Database, query: string, node: TextNode | null): string | null {
  const known = db.prepare('SELECT doc FROM search_vocab WHERE term = ?').pluck();
  let corrected = query;
  let changed = false;
  for (const word of new Set(words(node))) {
    for (const token of tokenize(word)) {
      if (/^\p{N}+$/u.test(token.norm) || known.get(token.stem) !== undefined) continue;
      const better = closest(db, token.stem);
      if (!better) continue;
      const form = surface(db, better);
      const original = word.slice(token.start, token.end);
      const escaped = original.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      corrected = corrected.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u'), form);
      changed = true;
    }
  }
  return changed && corrected !== query ? corrected : null;
}
