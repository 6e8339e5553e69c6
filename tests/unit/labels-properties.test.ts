/**
 * Property tests for the label rules: the line reading never throws and splits where it says;
 * the evidence only ever adds support (a label printed again elsewhere never turns another
 * printing of it into text); what is vetoed stays vetoed whatever surrounds it. Labels and
 * paragraphs are drawn from the real fixture pages (en.kremlin.ru, CC BY 4.0; Miller Center,
 * public domain).
 */
import { documentsOf } from '../../main/import/types';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKremlinHtml } from '../../main/import/kremlin-html';
import { decideKremlinLabels } from '../../main/import/kremlin-text-evidence';
import { readLabel } from '../../main/import/kremlin-text-labels';
import { decidePlainLabels, labelOf } from '../../main/import/plain-text-labels';
import { parsePlainText } from '../../main/import/plain-text';
import { FIXTURES } from './helpers';

/** Labels and paragraphs of the saved HTML pages (the truth), and the persons they name. */
const truth = (() => {
  const labels = new Set<string>();
  const paragraphs: string[] = [];
  for (const dir of [join(FIXTURES, 'kremlin_en_html'), join(FIXTURES, 'labels', 'kremlin_en_html')]) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const outcome = parseKremlinHtml(readFileSync(join(dir, name), 'utf8'));
      if (outcome.kind !== 'documents') continue;
      for (const turn of outcome.documents[0].turns) {
        if (turn.speaker) labels.add(turn.speaker);
        for (const p of turn.paragraphs) if (p.length > 40 && !p.includes(':') && /[.!?]$/.test(p)) paragraphs.push(p);
      }
    }
  }
  return { labels: [...labels].filter((l) => readLabel(`${l}: Thank you.`)?.person), paragraphs };
})();

const label = fc.constantFrom(...truth.labels);
const paragraph = fc.constantFrom(...truth.paragraphs.slice(0, 400));

describe('the line reading', () => {
  it('never throws, and splits at the first colon', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (line) => {
        const c = readLabel(line);
        if (c) {
          const colon = line.indexOf(':');
          expect(c.label).toBe(line.slice(0, colon).trim());
          expect(c.text).toBe(line.slice(colon + 1).trim());
        }
      }),
      { numRuns: 2000, seed: 12 },
    );
  });

  it('reads every label of the saved pages that names a person, followed by speech', () => {
    fc.assert(
      fc.property(label, paragraph, (l, p) => {
        expect(readLabel(`${l}: ${p}`)?.label).toBe(l);
      }),
      { numRuns: 300, seed: 13 },
    );
  });
});

describe('the evidence', () => {
  it('a person’s label in speech is a label wherever it stands', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { maxLength: 8 }),
        label,
        fc.nat(8),
        fc.array(paragraph, { maxLength: 8 }),
        (before, l, _n, after) => {
          const texts = [...before, `${l}: ${after[0] ?? 'Thank you.'}`, ...after.slice(1)];
          const decision = decideKremlinLabels(texts, [])[before.length];
          expect(decision?.verdict).toBe('label');
          expect(decision?.reasons.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300, seed: 14 },
    );
  });

  it('support only adds: printing a label again never turns its quoted printing into text', () => {
    fc.assert(
      fc.property(label, paragraph, fc.array(paragraph, { maxLength: 6 }), fc.boolean(), (l, p, middle, again) => {
        const quoted = `${l}: “${p}”`;
        const base = [quoted, ...middle];
        const withAgain = again ? [...base, `${l}: Thank you.`] : base;
        const first = decideKremlinLabels(base, [])[0];
        const second = decideKremlinLabels(withAgain, [])[0];
        if (first?.verdict === 'label') expect(second?.verdict).toBe('label');
        if (again) expect(second?.verdict).toBe('label');
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('an enumeration word, a form field or a date after a post is never a label, whatever surrounds it', () => {
    const vetoed = fc.constantFrom(
      'Second: I did not throw anybody out.',
      'Third: as I have reported to you, Mr President, we have begun.',
      'Email: accredit@may9.ru',
      'Deadline: July 15, 2018',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            paragraph,
            label.map((l) => `${l}: Thank you.`),
          ),
          { maxLength: 8 },
        ),
        vetoed,
        fc.nat(8),
        (around, line, at) => {
          const texts = [...around];
          const i = Math.min(at, texts.length);
          texts.splice(i, 0, line, line);
          const decisions = decideKremlinLabels(texts, []);
          expect(decisions[i]?.verdict).toBe('text');
          expect(decisions[i + 1]?.verdict).toBe('text');
        },
      ),
      { numRuns: 300, seed: 16 },
    );
  });
});

describe('plain transcripts', () => {
  const name = '1979-07-15-crisis-confidence-speech.txt';
  const speech = documentsOf(
    parsePlainText(readFileSync(join(FIXTURES, 'miller_center_txt', name), 'utf8'), name),
  )[0].turns[0].paragraphs.filter((p) => !labelOf(p));

  it('a text with no label is one turn by its president, in any order of its paragraphs', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(speech, { minLength: 1, maxLength: 20 }), (paragraphs) => {
        const [doc] = documentsOf(
          parsePlainText(`President: Jimmy Carter\n\n${paragraphs.join('\n\n')}`, '1979-07-15-crisis-confidence-speech.txt'),
        );
        expect(doc.turns).toEqual([{ speaker: 'Jimmy Carter', paragraphs }]);
      }),
      { numRuns: 100, seed: 17 },
    );
  });

  it('a one-surname label is taken in a dialogue only with support: it recurs, or the paragraph before names the speaker', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(speech, { minLength: 2, maxLength: 6 }), fc.boolean(), (paragraphs, introduced) => {
        // A press conference in the Miller Center's form, with a guest called on by name.
        const intro = introduced ? `${paragraphs[0]} I would now like to ask Secretary Perdue to say a few words.` : paragraphs[0];
        const texts = [
          `THE PRESIDENT: ${intro}`,
          `PERDUE: ${paragraphs[1]}`,
          `THE PRESIDENT: ${paragraphs.slice(2).join(' ') || 'Thank you.'}`,
        ];
        const decisions = decidePlainLabels(texts, 'Donald Trump');
        expect(decisions[0]?.verdict).toBe('label');
        expect(decisions[1]?.verdict).toBe(introduced ? 'label' : 'text');
      }),
      { numRuns: 100, seed: 18 },
    );
  });
});
