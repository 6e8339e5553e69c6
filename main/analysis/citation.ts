/**
 * Citations of a document or one turn through citation-js (CSL-JSON in, citeproc-js for the
 * text styles, its BibTeX and RIS plugins for the reference managers). The source's
 * attribution (CC BY for en.kremlin.ru) travels in every form: as the `note` field of
 * CSL-JSON, BibTeX and RIS (N1), and as a line after a formatted reference.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CiteRow } from '../archive/analysis-read';
import type { CitationStyle } from '../../shared/contract/analysis';
import { CHICAGO, MLA } from './citation-styles';

interface CslName {
  given?: string;
  family?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  /** The BibTeX key, when one is chosen (a bibliography of many documents: citation-many.ts). */
  'citation-key'?: string;
  type: 'speech';
  title: string;
  genre: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  'event-place'?: string;
  publisher?: string;
  URL?: string;
  language?: string;
  note?: string;
}

let registered = false;

function register(): void {
  if (registered) return;
  const styles = (plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void } }).styles;
  styles.add('verbatim-chicago', CHICAGO);
  styles.add('verbatim-mla', MLA);
  registered = true;
}

/** "Vladimir Putin" -> given Vladimir, family Putin; one word stays whole. */
export function personName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { literal: name.trim() };
  return { given: words.slice(0, -1).join(' '), family: words[words.length - 1] };
}

/** The site a page came from ("en.kremlin.ru"), or null without a readable URL. */
function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The CSL-JSON item of a document, or of one turn of it (the speaker as author). */
export function cslItem(doc: CiteRow, turn: { speaker: string | null; person: string | null } | null, turnIndex: number | null): CslItem {
  const parts = doc.date
    ? doc.date
        .split('-')
        .map(Number)
        .filter((n) => Number.isFinite(n))
    : [];
  const who = turn ? (turn.person ?? turn.speaker) : null;
  const item: CslItem = {
    // RIS keeps 20 characters of an ID.
    id: turnIndex === null ? `verbatim-${doc.id}` : `verbatim-${doc.id}-t${turnIndex}`,
    type: 'speech',
    title: doc.title,
    genre: turnIndex === null ? 'transcript' : `transcript, turn ${turnIndex}`,
  };
  if (who) item.author = [personName(who)];
  if (parts.length) item.issued = { 'date-parts': [parts] };
  if (doc.place) item['event-place'] = doc.place;
  const site = siteOf(doc.url);
  if (site) item.publisher = site;
  if (doc.url) item.URL = doc.url;
  if (doc.language) item.language = doc.language;
  if (doc.attribution) item.note = doc.attribution;
  return item;
}

/**
 * RIS records from the plugin's tag objects, one line per value: the plugin's text output breaks
 * every value after 70 characters, even inside a word, which importers read as part of the value.
 */
export function risText(entries: Record<string, unknown>[]): string {
  return entries
    .map((entry) => {
      const lines = [`TY  - ${String(entry.TY)}`];
      for (const [tag, value] of Object.entries(entry)) {
        if (tag === 'TY') continue;
        for (const v of ([] as unknown[]).concat(value)) lines.push(`${tag}  - ${String(v).replace(/\s*\n\s*/g, ' ')}`);
      }
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n');
}

/** Letters of a script other than Latin (Cyrillic, say): citation-js's ASCII mode has no escape for them and drops them. */
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const TEXT_FIELDS = ['title', 'genre', 'event-place', 'publisher', 'note'] as const;

/**
 * BibTeX through citation-js, one entry per item. An entry in Latin script is written in the
 * plugin's ASCII mode (accents as LaTeX escapes: what every BibTeX reads); one with letters of
 * another script, which that mode would drop (a Russian title came out empty), is written in UTF-8,
 * as biber, Zotero and JabRef read it, with LaTeX's special characters escaped here since the
 * plugin escapes nothing in that mode. The plugin's `checkLabel` refuses keys with hyphens; the
 * keys given (citation-many.ts) hold nothing but a-z, 0-9 and hyphens and are written as they are.
 */
export function bibtexText(items: CslItem[]): string {
  const format = (plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; checkLabel: boolean } }).format;
  const before = { ...format };
  format.checkLabel = false;
  try {
    return items
      .map((item) => {
        const utf8 = TEXT_FIELDS.some((field) => OTHER_SCRIPT.test(item[field] ?? ''));
        format.asciiOnly = !utf8;
        const escaped = { ...item };
        if (utf8) for (const field of TEXT_FIELDS) if (escaped[field]) escaped[field] = escaped[field].replace(/[&%$#_{}]/g, '\\$&');
        return (new Cite(escaped).format('bibtex') as string).trim();
      })
      .join('\n\n');
  } finally {
    Object.assign(format, before);
  }
}

const TEMPLATES: Record<'apa' | 'chicago' | 'mla', string> = { apa: 'apa', chicago: 'verbatim-chicago', mla: 'verbatim-mla' };

/** A citation in one style; the attribution is kept in every form. */
export function formatCitation(item: CslItem, style: CitationStyle): string {
  register();
  const cite = new Cite(item);
  switch (style) {
    case 'csl-json':
      return JSON.stringify([item], null, 2);
    case 'bibtex':
      return bibtexText([item]);
    case 'ris':
      return risText(cite.format('ris', { type: 'object' }) as Record<string, unknown>[]);
    default: {
      const text = (cite.format('bibliography', { format: 'text', template: TEMPLATES[style], lang: 'en-US' }) as string).trim();
      return item.note ? `${text}\n${item.note}` : text;
    }
  }
}

export function citeDocument(
  doc: CiteRow,
  turn: { speaker: string | null; person: string | null } | null,
  turnIndex: number | null,
  style: CitationStyle,
): string {
  return formatCitation(cslItem(doc, turn, turnIndex), style);
}
