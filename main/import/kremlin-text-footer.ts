/**
 * The footer of an en.kremlin.ru page as copied text: "See also" / "Additional" link
 * blocks, the Geography / Topics / Persons tag columns and the publication status.
 */

import type { RelatedLink } from './types';
import { collapseWhitespace, parseClockTime, parseEnglishDate } from './text-utils';
import { FOOTER_WORDS, endsWithTerminal, isOmission, isRelatedHeading, isSeparator, parseDateLine, splitLabel } from './kremlin-text-lines';

export interface KremlinFooter {
  geography: string[];
  topics: string[];
  persons: string[];
  sections: string[];
  publishedAt: string | null;
  warnings: string[];
}

/** A link title in a related block that has no date under it. */
function isUndatedLinkTitle(line: string): boolean {
  return (
    line.length <= 200 &&
    !endsWithTerminal(line) &&
    splitLabel(line) === null &&
    !FOOTER_WORDS.has(line) &&
    !isRelatedHeading(line) &&
    !isSeparator(line) &&
    !isOmission(line)
  );
}

/**
 * The line after a would-be link title finishes it as a speaker's label (the copy breaks a
 * label after a person link: "President of Kazakhstan Nursultan Nazarbayev" + ": Mr Putin, …"):
 * the title is the body's next label, and the link block has ended.
 */
function continuesAsLabel(lines: string[], i: number): boolean {
  const next = lines[i + 1] ?? '';
  return /^:/.test(next) || /^\([^()]{1,200}\):/.test(next);
}

/** True when the line at `index` opens a related-links block: the heading, then a link title. */
export function opensRelatedBlock(lines: string[], index: number): boolean {
  if (!isRelatedHeading(lines[index]) || index + 1 >= lines.length) return false;
  return parseDateLine(lines[index + 2] ?? '') !== null || (isUndatedLinkTitle(lines[index + 1]) && !continuesAsLabel(lines, index + 1));
}

/**
 * Reads the links after a "See also" / "Additional" line: (title, date) pairs, or a title
 * alone when the link has no date ("News of the Council for …").
 * Returns the links and the index of the first line after the block.
 */
export function readRelatedBlock(lines: string[], index: number): { links: RelatedLink[]; next: number } {
  const links: RelatedLink[] = [];
  let i = index + 1;
  while (i < lines.length && !FOOTER_WORDS.has(lines[i]) && !isRelatedHeading(lines[i])) {
    const date = i + 1 < lines.length ? parseDateLine(lines[i + 1]) : null;
    if (date !== null) {
      links.push({ title: lines[i], date, url: null });
      i += 2;
    } else if (isUndatedLinkTitle(lines[i]) && !continuesAsLabel(lines, i)) {
      links.push({ title: lines[i], date: null, url: null });
      i += 1;
    } else break;
  }
  return { links, next: i };
}

/** A line that may appear in the footer tail (used to find where the footer starts). */
function isFooterTailLine(line: string): boolean {
  if (FOOTER_WORDS.has(line)) return true;
  if (/^Published in sections?:/.test(line) || /^Publication date:/.test(line)) return true;
  // A tag: short, no sentence, no speaker label.
  return line.length <= 120 && !/[.!?]$/.test(line) && splitLabel(line) === null;
}

/**
 * Index where the footer starts: the first footer heading from which every following line
 * is footer-like. Returns lines.length when the page has no footer.
 */
export function findFooterStart(lines: string[]): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!isFooterTailLine(lines[i])) break;
    if (FOOTER_WORDS.has(lines[i])) start = i;
  }
  return start;
}

/** "Publication date: November 28, 2019, 14:30" -> "2019-11-28T14:30". */
export function parsePublicationDate(line: string): string | null {
  const m = /^Publication date:\s*(.+?)(?:,\s*(\d{1,2}:\d{2}))?$/.exec(line);
  if (!m) return null;
  const date = parseEnglishDate(m[1]);
  if (!date) return null;
  const time = m[2] ? parseClockTime(m[2]) : null;
  return time ? `${date}T${time}` : date;
}

export function parseFooter(lines: string[]): KremlinFooter {
  const footer: KremlinFooter = { geography: [], topics: [], persons: [], sections: [], publishedAt: null, warnings: [] };
  let bucket: string[] | null = null;
  for (const line of lines) {
    if (line === 'Geography') bucket = footer.geography;
    else if (line === 'Topics') bucket = footer.topics;
    else if (line === 'Persons') bucket = footer.persons;
    else if (line === 'Publication status') bucket = null;
    else if (/^Published in sections?:/.test(line)) {
      footer.sections = line
        .replace(/^Published in sections?:/, '')
        .split(',')
        .map(collapseWhitespace)
        .filter((s) => s.length > 0);
    } else if (/^Publication date:/.test(line)) {
      footer.publishedAt = parsePublicationDate(line);
      if (!footer.publishedAt) footer.warnings.push(`Unreadable publication date: "${line}"`);
    } else if (bucket && /^\d+ more$/.test(line)) {
      // The site shows the first tags of a long column and folds the rest under "N more";
      // the folded tags are hidden, so a copy does not hold them.
      footer.warnings.push(`Tag list folded by the site: "${line}" not in the copy`);
    } else if (bucket) bucket.push(line);
    else footer.warnings.push(`Unexpected footer line: "${line.slice(0, 80)}"`);
  }
  return footer;
}
