/**
 * Copy as quote: the selected words with a citation — speaker, title, date, place,
 * URL and the source's attribution — as plain text and as Markdown. Pure.
 */

export interface QuoteSpeaker {
  label: string;
  person: string | null;
  role: string | null;
}

export interface QuotePart {
  /** null for narration. */
  speaker: QuoteSpeaker | null;
  /** Paragraphs separated by a blank line. */
  text: string;
}

export interface CitationSource {
  title: string;
  date: string | null;
  time?: string | null;
  place: string | null;
  url: string | null;
  attribution: string | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function citationDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/** "Vladimir Putin, President of Russia"; the bare label when it names no person. */
export function speakerName(speaker: QuoteSpeaker): string {
  if (speaker.person && speaker.role) return `${speaker.person}, ${speaker.role}`;
  return speaker.person ?? speaker.label;
}

const tidy = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');

function where(source: CitationSource): string {
  return [citationDate(source.date), source.place].filter(Boolean).join(', ');
}

function plainCitation(source: CitationSource, who: string | null): string {
  const parts = [who, `“${source.title}”`, where(source) || null].filter(Boolean).join(', ');
  return `— ${parts}.${source.url ? ` ${source.url}` : ''}`;
}

export function formatPlainQuote(parts: QuotePart[], source: CitationSource): string {
  const clean = parts.map((p) => ({ ...p, text: tidy(p.text) })).filter((p) => p.text);
  if (clean.length === 0) return '';
  const speakers = new Set(clean.map((p) => (p.speaker ? speakerName(p.speaker) : '')));
  const single = speakers.size === 1;
  const body = single
    ? `“${clean.map((p) => p.text).join('\n\n')}”`
    : clean.map((p) => (p.speaker ? `${p.speaker.person ?? p.speaker.label}: “${p.text}”` : p.text)).join('\n\n');
  const who = single && clean[0].speaker ? speakerName(clean[0].speaker) : null;
  return [body, plainCitation(source, who), source.attribution].filter(Boolean).join('\n');
}

const md = (text: string): string => text.replace(/([\\`*_[\]<>])/g, '\\$1');

export function formatMarkdownQuote(parts: QuotePart[], source: CitationSource): string {
  const clean = parts.map((p) => ({ ...p, text: tidy(p.text) })).filter((p) => p.text);
  if (clean.length === 0) return '';
  const speakers = new Set(clean.map((p) => (p.speaker ? speakerName(p.speaker) : '')));
  const single = speakers.size === 1;
  const paragraphs = single
    ? clean.flatMap((p) => p.text.split('\n\n').map(md))
    : clean.flatMap((p) => {
        const [first, ...rest] = p.text.split('\n\n').map(md);
        return p.speaker ? [`**${md(p.speaker.person ?? p.speaker.label)}:** ${first}`, ...rest] : [first, ...rest];
      });
  const who = single && clean[0].speaker ? md(speakerName(clean[0].speaker)) : null;
  const title = source.url ? `[*${md(source.title)}*](${source.url.replace(/[()\s]/g, encodeURIComponent)})` : `*${md(source.title)}*`;
  const cite = `— ${[who, title, where(source) || null].filter(Boolean).join(', ')}.`;
  const quoted = [...paragraphs, cite].map((p) => `> ${p}`).join('\n>\n');
  return source.attribution ? `${quoted}\n\n${md(source.attribution)}` : quoted;
}
