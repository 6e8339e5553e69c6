/** Real transcripts from tests/fixtures as comparison sides. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SideText } from '../../main/compare/compare';
import { parseKremlinHtml } from '../../main/import/kremlin-html';
import type { ParsedDocument } from '../../main/import/types';
import { FIXTURES } from './helpers';

/** Direct Line 2013, Direct Line 2018, the 2018 annual news conference. */
export const DIRECT_LINE_2013 = '17976';
export const DIRECT_LINE_2018 = '57692';
export const NEWS_CONFERENCE_2018 = '59455';

export function parsedPage(id: string): ParsedDocument {
  const outcome = parseKremlinHtml(readFileSync(join(FIXTURES, 'kremlin_en_html', `${id}.html`), 'utf8'));
  if (outcome.kind !== 'documents') throw new Error(`fixture ${id} did not parse`);
  return outcome.documents[0];
}

export function sideOf(doc: ParsedDocument, documentId: number, speaker: string | null = null): SideText {
  return {
    documentId,
    title: doc.title,
    date: doc.date,
    speaker,
    persons: doc.persons,
    turns: doc.turns.filter((t) => t.paragraphs.length > 0).map((t) => ({ speaker: t.speaker, text: t.paragraphs.join('\n\n') })),
  };
}

/**
 * An edited copy of the 2018 news conference: the closing paragraph ("I wish you all a Happy New
 * Year…", in its last turn) moved to the very start of
 * the first speaker turn, with three words changed in it, and one word changed in a paragraph
 * in the middle. Returns the copy and what was done, to check against.
 */
export function editedCopy(doc: ParsedDocument): {
  copy: ParsedDocument;
  moved: { from: { turn: number; paragraph: number }; to: { turn: number; paragraph: number }; original: string; edited: string };
  changed: { turn: number; paragraph: number; original: string; edited: string };
} {
  const turns = doc.turns.filter((t) => t.paragraphs.length > 0).map((t) => ({ ...t, paragraphs: [...t.paragraphs] }));
  const lastTurn = turns.length - 1;
  const movedIndex = turns[lastTurn].paragraphs.findIndex((p) => p.includes('Happy New Year'));
  const original = turns[lastTurn].paragraphs[movedIndex];
  const edited = original.replace('Happy New Year', 'happy and peaceful New Year').replace('really', 'truly');
  if (edited === original) throw new Error('the edit did not apply');
  turns[lastTurn].paragraphs.splice(movedIndex, 1);
  const firstSpeaker = turns.findIndex((t) => t.speaker !== null);
  turns[firstSpeaker].paragraphs.unshift(edited);

  const middle = Math.floor(turns.length / 2);
  const mTurn = turns.findIndex((t, i) => i >= middle && t.paragraphs.some((p) => p.split(' ').length > 40 && / the /.test(p)));
  const mPara = turns[mTurn].paragraphs.findIndex((p) => p.split(' ').length > 40 && / the /.test(p));
  const before = turns[mTurn].paragraphs[mPara];
  const after = before.replace(' the ', ' a ');
  turns[mTurn].paragraphs[mPara] = after;
  return {
    copy: { ...doc, turns },
    moved: { from: { turn: lastTurn, paragraph: movedIndex }, to: { turn: firstSpeaker, paragraph: 0 }, original, edited },
    changed: { turn: mTurn, paragraph: mPara, original: before, edited: after },
  };
}
