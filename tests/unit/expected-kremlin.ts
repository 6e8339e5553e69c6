import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ParsedDocument } from '../../main/import/types';
import { FIXTURES } from './helpers';

/** Values read from an en.kremlin.ru page by a person (tests/fixtures/expected/kremlin/<ID>.json). */
export interface ExpectedKremlinPage {
  id: string;
  title: string;
  date: string | null;
  time: string | null;
  place: string | null;
  summary: string | null;
  topics: string[];
  persons: string[];
  geography: string[];
  speakers: string[];
  turnCount: number;
  firstTurnStartsWith: string | null;
  lastTurnEndsWith: string | null;
}

export const EXPECTED_KREMLIN_DIR = join(FIXTURES, 'expected', 'kremlin');

export function readExpectedKremlin(id: string): ExpectedKremlinPage {
  return JSON.parse(readFileSync(join(EXPECTED_KREMLIN_DIR, `${id}.json`), 'utf8')) as ExpectedKremlinPage;
}

/** Asserts the fields both Kremlin parsers must agree on: metadata, tags, speaker sequence, turn count, first and last words. */
export function expectMatchesPage(doc: ParsedDocument, expected: ExpectedKremlinPage): void {
  const { title, date, time, place, summary, topics, persons, geography } = doc;
  expect({ title, date, time, place, summary, topics, persons, geography }).toEqual({
    title: expected.title,
    date: expected.date,
    time: expected.time,
    place: expected.place,
    summary: expected.summary,
    topics: expected.topics,
    persons: expected.persons,
    geography: expected.geography,
  });
  expect(doc.turns.map((t) => t.speaker).filter((s): s is string => s !== null)).toEqual(expected.speakers);
  expect(doc.turns).toHaveLength(expected.turnCount);
  const paragraphs = doc.turns.flatMap((t) => t.paragraphs);
  if (expected.firstTurnStartsWith !== null) expect(paragraphs[0].startsWith(expected.firstTurnStartsWith)).toBe(true);
  if (expected.lastTurnEndsWith !== null) expect(paragraphs[paragraphs.length - 1].endsWith(expected.lastTurnEndsWith)).toBe(true);
}
