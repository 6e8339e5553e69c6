/** The words around the search hits: the status line, where a document matched, the histogram's edge terms. */
import { describe, expect, it } from 'vitest';
import { afterTerm, beforeTerm } from '../../renderer/src/search/histogram-edges';
import { countText, matchedInText, statusLine, turnsText } from '../../renderer/src/search/summary';
import { formatNumber } from '../../renderer/src/shared/format';

describe('the status line', () => {
  it('counts the matching turns with the documents they are in', () => {
    const line = statusLine(6655, { totalTurns: 3684, documentsWithTurns: 1210, estimated: [] });
    expect(line).toBe(`${formatNumber(6655)} documents; ${formatNumber(3684)} matching turns in ${formatNumber(1210)} of them`);
  });

  it('says "about" for each estimated count, never for the exact number of documents', () => {
    const line = statusLine(6655, { totalTurns: 3700, documentsWithTurns: 1200, estimated: ['totalTurns', 'documentsWithTurns'] });
    expect(line).toBe(`${formatNumber(6655)} documents; about ${formatNumber(3700)} matching turns in about ${formatNumber(1200)} of them`);
  });

  it('says "in all of them" when every document has a matching turn, and nothing more for one document', () => {
    expect(statusLine(12, { totalTurns: 40, documentsWithTurns: 12, estimated: [] })).toBe(
      '12 documents; 40 matching turns in all of them',
    );
    expect(statusLine(1, { totalTurns: 1, documentsWithTurns: 1, estimated: [] })).toBe('1 document; 1 matching turn');
  });

  it('names only the documents before the counts come, when no turn matches, and for an empty result', () => {
    expect(statusLine(45)).toBe('45 documents');
    expect(statusLine(45, { totalTurns: 0, documentsWithTurns: 0, estimated: [] })).toBe('45 documents');
    expect(statusLine(0, { totalTurns: 0, documentsWithTurns: 0, estimated: [] })).toBe('0 documents');
  });

  it('writes an estimate with "about"', () => {
    expect(countText(30, true)).toBe('about 30');
    expect(countText(30, false)).toBe('30');
  });
});

describe('where a document matched', () => {
  it('lists title, lead and tags in that order, leaving the turns to their count', () => {
    expect(matchedInText(['title', 'lead', 'tags', 'turns'])).toBe('matched in title · lead · tags');
    expect(matchedInText(['title'])).toBe('matched in title');
    expect(matchedInText(['turns'])).toBeNull();
    expect(matchedInText([])).toBeNull();
  });

  it('counts matching turns, or says the words are spread over turns, or nothing when no turn matched', () => {
    const turn = { turnIndex: 0, speaker: null, snippet: { text: 'gas', highlights: [] } };
    expect(turnsText({ matchingTurns: 3, partial: false, turns: [turn] })).toBe('3 matching turns');
    expect(turnsText({ matchingTurns: 0, partial: true, turns: [turn] })).toBe('words spread over several turns');
    expect(turnsText({ matchingTurns: 0, partial: false, turns: [] })).toBeNull();
  });
});

describe('the histogram edge terms', () => {
  it('find the hits before the first bar and after the last, by year', () => {
    expect(beforeTerm('1990')).toBe('date:..1989');
    expect(afterTerm('2020')).toBe('date:2021..');
  });

  it('find them by month, across the turn of a year', () => {
    expect(beforeTerm('2019-01')).toBe('date:..2018-12');
    expect(beforeTerm('2019-11')).toBe('date:..2019-10');
    expect(afterTerm('2019-12')).toBe('date:2020-01..');
    expect(afterTerm('2019-09')).toBe('date:2019-10..');
  });
});
