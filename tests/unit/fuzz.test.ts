/**
 * Property tests: thousands of mutated real files through format detection and
 * every parser. No exception may escape, every outcome is well formed, and the
 * archive the documents are written to stays sound.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { parseFile } from '../../main/import/detect';
import type { ParseOutcome } from '../../main/import/types';
import { FIXTURES, tempArchivePath } from './helpers';

const SAMPLES: [string, string][] = [
  ['seed.txt', join(FIXTURES, 'seed', '000_0d3bfd9f4775dded.txt')],
  ['62149.html', join(FIXTURES, 'kremlin_en_html', '62149.html')],
  ['1964-02-01-press-conference.txt', join(FIXTURES, 'miller_center_txt', '1964-02-01-press-conference.txt')],
  ['kremlin_articles_ru.sample.csv', join(FIXTURES, 'kremlin_ru_csv', 'kremlin_articles_ru.sample.csv')],
  ['needs_mapping.csv', join(FIXTURES, 'datasets', 'needs_mapping.csv')],
  ['documents.jsonl', join(FIXTURES, 'datasets', 'kremlin_en_2019-11-28.jsonl')],
  ['documents.json', join(FIXTURES, 'datasets', 'kremlin_en_2019-11-28.json')],
];

/** One edit of a file's bytes: what a damaged download, a bad copy or a wrong encoding does. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({
    op: fc.constant('delete' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 4096 }),
  }),
  fc.record({ op: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    op: fc.constant('duplicate' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 2048 }),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(input: Uint8Array, edits: Mutation[]): Uint8Array {
  let bytes = input;
  for (const edit of edits) {
    const at = Math.floor(edit.at * bytes.length);
    switch (edit.op) {
      case 'truncate':
        bytes = bytes.slice(0, at);
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.slice(0, at), edit.bytes, bytes.slice(at)]);
        break;
      case 'delete':
        bytes = Buffer.concat([bytes.slice(0, at), bytes.slice(at + edit.length)]);
        break;
      case 'flip':
        bytes = Uint8Array.from(bytes);
        if (at < bytes.length) bytes[at] = edit.value;
        break;
      case 'duplicate':
        bytes = Buffer.concat([bytes.slice(0, at + edit.length), bytes.slice(at)]);
        break;
    }
  }
  return bytes;
}

function checkOutcome(outcome: ParseOutcome): void {
  if (outcome.kind === 'skipped') expect(outcome.reason.length).toBeGreaterThan(0);
  else if (outcome.kind === 'failed') expect(outcome.error.length).toBeGreaterThan(0);
  else {
    for (const doc of outcome.documents) {
      expect(typeof doc.title).toBe('string');
      if (doc.date !== null) expect(doc.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (doc.time !== null) expect(doc.time).toMatch(/^\d{2}:\d{2}$/);
      for (const turn of doc.turns) for (const p of turn.paragraphs) expect(typeof p).toBe('string');
    }
  }
}

const archive = Archive.open(tempArchivePath());
afterAll(() => archive.close());

describe.each(SAMPLES)('mutated %s', (name, path) => {
  const original = readFileSync(path);
  it('never throws, gives a well-formed outcome, and what it gives can be stored', () => {
    let stored = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        const outcome = parseFile(name, mutate(original, edits));
        checkOutcome(outcome);
        if (outcome.kind === 'documents' && stored < 40) {
          for (const doc of outcome.documents)
            archive.write(doc, { path: name, size: 0, fileHash: String(stored), format: outcome.format });
          stored += 1;
        }
      }),
      { numRuns: 400, seed: 20261126 },
    );
    expect(archive.integrityCheck()).toBe('ok');
  });
});

describe('arbitrary bytes and strings', () => {
  it.each(['x.txt', 'x.html', 'x.csv', 'x.tsv', 'x.json', 'x.jsonl', 'x.md'])('%s: random content never throws', (name) => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2048 }),
          fc.string({ maxLength: 2048 }).map((s) => Buffer.from(s, 'utf8')),
        ),
        (bytes) => {
          checkOutcome(parseFile(name, bytes));
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
