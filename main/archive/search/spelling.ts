/**
 * "Did you mean": when a query finds nothing, each of its words that the archive does
 * not know is replaced by the closest word it does, written as the archive most often
 * writes it ("Ukraine", not "ukraines" from the first "Ukraine's" found). Candidates are the
 * vocabulary's stems with the same first letter within an edit distance of the word's stem;
 * the few nearest and most frequent are then written out, and the one whose written form is
 * closest to what was typed wins, the more frequent on a tie ("Crimia" -> Crimea, not criminal;
 * "presidnt" -> President, not a rare stem one edit away).
 */
import type { Database } from 'better-sqlite3';
import type { TextNode } from '../../search/query';
import { escapeRegExp, foldWord, tokenize, tokensBeginning } from '../../search/text';
import { statement } from '../statements';

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

interface Candidate {
  term: string;
  /** Edit distance between stems. */
  d: number;
  /** Documents that hold the stem. */
  doc: number;
}

/** How many of the nearest, most frequent stems are written out and compared with the typed word. */
const WRITTEN_OUT = 5;
/** How many turns (and documents) are read to find the form a stem is most often written in. */
const SAMPLE = 40;

/** Known stems close to an unknown one: nearest first, then the most frequent. */
function candidates(db: Database, stem: string): Candidate[] {
  const first = String.fromCodePoint(stem.codePointAt(0) ?? 0);
  const max = stem.length <= 4 ? 1 : 2;
  const rows = statement(db, 'SELECT term, doc FROM search_vocab WHERE term >= ? AND term < ?').raw().all(first, nextChar(first)) as [
    string,
    number,
  ][];
  const out: Candidate[] = [];
  for (const [term, doc] of rows) {
    if (Math.abs(term.length - stem.length) > max) continue;
    const d = distance(stem, term, max);
    if (d <= max) out.push({ term, d, doc });
  }
  return out.sort((a, b) => a.d - b.d || b.doc - a.doc).slice(0, WRITTEN_OUT);
}

/** The form a stem is most often written in, in the archive's own casing: from turns, else titles and leads; null if never found. */
function surface(db: Database, stem: string): string | null {
  const quoted = `"${stem.replace(/"/g, '""')}"`;
  const turns = statement(db, 'SELECT rowid FROM search_turns WHERE search_turns MATCH ? LIMIT ?')
    .pluck()
    .all(`body : ${quoted}`, SAMPLE) as number[];
  let texts = statement(db, 'SELECT text FROM turns WHERE id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(turns)) as string[];
  if (texts.length === 0) {
    const docs = statement(db, 'SELECT rowid FROM search_docs WHERE search_docs MATCH ? LIMIT ?')
      .pluck()
      .all(`{title lead} : ${quoted}`, SAMPLE) as number[];
    const rows = statement(db, 'SELECT title, summary FROM documents WHERE id IN (SELECT value FROM json_each(?))')
      .raw()
      .all(JSON.stringify(docs)) as [string, string | null][];
    texts = rows.flatMap(([title, summary]) => (summary ? [title, summary] : [title]));
  }
  const forms = new Map<string, number>();
  const head = [...stem].slice(0, 2).join('');
  for (const text of texts) {
    for (const t of tokensBeginning(text, head)) {
      if (t.stem !== stem) continue;
      const form = text.slice(t.start, t.end);
      forms.set(form, (forms.get(form) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [form, n] of forms) if (best === null || n > (forms.get(best) ?? 0)) best = form;
  return best;
}

/** The word to offer for an unknown typed word (folded), written as the archive writes it, or null. */
function correction(db: Database, typed: string, stem: string): string | null {
  let best: { form: string; d: number; doc: number } | null = null;
  for (const c of candidates(db, stem)) {
    const form = surface(db, c.term) ?? c.term;
    const d = distance(typed, foldWord(form).replace(/'/g, ''), 99);
    if (!best || d < best.d || (d === best.d && c.doc > best.doc)) best = { form, d, doc: c.doc };
  }
  return best?.form ?? null;
}

export function didYouMean(db: Database, query: string, node: TextNode | null): string | null {
  const known = statement(db, 'SELECT doc FROM search_vocab WHERE term = ?').pluck();
  let corrected = query;
  let changed = false;
  for (const word of new Set(words(node))) {
    for (const token of tokenize(word)) {
      if (/^\p{N}+$/u.test(token.norm) || known.get(token.stem) !== undefined) continue;
      const form = correction(db, token.norm, token.stem);
      if (!form) continue;
      const original = word.slice(token.start, token.end);
      corrected = corrected.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(original)}(?![\\p{L}\\p{N}])`, 'u'), form);
      changed = true;
    }
  }
  return changed && corrected !== query ? corrected : null;
}
