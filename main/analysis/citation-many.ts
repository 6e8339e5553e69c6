/**
 * One bibliography file for many documents (a collection, a selection, a search's results) as
 * BibTeX, RIS or CSL-JSON, for Zotero and the other reference managers. Each document is one
 * entry, made as the single citation makes it (citation.ts: citation-js, the source's attribution
 * in the note field), under a citation key of its own: the site, the date and the page's number
 * ("kremlin-2019-11-28-62146"), or the first words of the title where the address has no number.
 * Keys that would repeat get a, b, c… in the entries' order (by date, then by id), so the same
 * documents always get the same keys.
 */
import { Cite } from '@citation-js/core';
import { transliterate } from 'transliteration';
import type { CiteRow } from '../archive/analysis-read';
import type { BibliographyStyle } from '../../shared/contract/analysis';
import { bibtexText, cslItem, risText, type CslItem } from './citation';
import { compareDates } from './kwic';
import { foldAccents } from '../../shared/text';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'with', 'and', 'in', 'on', 'at', 'to', 'for', 'by']);

/** Text as lower-case ASCII words: letters of other scripts transliterated, accents dropped. */
function asciiWords(text: string): string[] {
  return foldAccents(transliterate(text))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The site's name in a key: "en.kremlin.ru" -> "kremlin" (the label before the top-level domain). */
function siteName(url: string | null): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.split('.').filter(Boolean);
    const name = labels.length > 1 ? labels[labels.length - 2] : labels[0];
    return name ? asciiWords(name).join('') || null : null;
  } catch {
    return null;
  }
}

/** The number a page's address ends with (en.kremlin.ru/events/president/news/62146 -> "62146"). */
function pageNumber(url: string | null): string | null {
  if (!url) return null;
  try {
    return /(\d+)\/?$/.exec(new URL(url).pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** A document's key before repeats are told apart: site-date-page, or site-date-title-words. */
export function baseKey(doc: Pick<CiteRow, 'id' | 'title' | 'date' | 'url'>): string {
  const site = siteName(doc.url) ?? 'verbatim';
  const date = doc.date ? asciiWords(doc.date).join('-') : 'nd';
  const page = pageNumber(doc.url);
  if (page) return `${site}-${date}-${page}`;
  const words = asciiWords(doc.title).filter((w) => !SMALL_WORDS.has(w));
  return `${site}-${date}-${words.length ? words.slice(0, 3).join('-') : String(doc.id)}`;
}

/** The n-th suffix: a … z, then aa, ab … */
function suffix(n: number): string {
  const letter = String.fromCharCode(97 + (n % 26));
  return n < 26 ? letter : suffix(Math.floor(n / 26) - 1) + letter;
}

/** One key per document, in the order given: every key that would repeat gets a, b, c… */
export function citationKeys(docs: Pick<CiteRow, 'id' | 'title' | 'date' | 'url'>[]): string[] {
  const bases = docs.map(baseKey);
  const counts = new Map<string, number>();
  for (const key of bases) counts.set(key, (counts.get(key) ?? 0) + 1);
  const seen = new Map<string, number>();
  return bases.map((key) => {
    if ((counts.get(key) ?? 0) < 2) return key;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}${suffix(n)}`;
  });
}

/** The entries' order: by date (undated last), then by id. */
export const byDate = (a: Pick<CiteRow, 'id' | 'date'>, b: Pick<CiteRow, 'id' | 'date'>): number =>
  compareDates(a.date, b.date) || a.id - b.id;

/** The CSL-JSON items of the documents, sorted by date, each under its key. */
export function bibliographyItems(docs: CiteRow[]): CslItem[] {
  const sorted = [...docs].sort(byDate);
  const keys = citationKeys(sorted);
  return sorted.map((doc, i) => ({ ...cslItem(doc, null, null), id: keys[i], 'citation-key': keys[i] }));
}

/** The bibliography of the documents in one of the reference managers' formats; one entry per document. */
export function bibliography(docs: CiteRow[], style: BibliographyStyle): string {
  const items = bibliographyItems(docs);
  if (style === 'csl-json') return `${JSON.stringify(items, null, 2)}\n`;
  if (style === 'bibtex') return `${bibtexText(items)}\n`;
  const cite = new Cite(items);
  // RIS's ID: the whole key (the plugin keeps 20 characters of it, which would make keys repeat).
  const records = (cite.format('ris', { type: 'object' }) as Record<string, unknown>[]).map((r, i) => ({ ...r, ID: items[i].id }));
  return `${risText(records)}\n`;
}
