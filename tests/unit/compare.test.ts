import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../main/compare/compare';
import { diffKeys } from '../../main/compare/diff';
import { distinctiveTerms, logOddsZ } from '../../main/compare/distinctive';
import { speakerMatcher } from '../../main/compare/passages';
import { sharedPhrases } from '../../main/compare/phrases';
import { tokenize } from '../../main/compare/text';
import { DIRECT_LINE_2013, DIRECT_LINE_2018, editedCopy, NEWS_CONFERENCE_2018, parsedPage, sideOf } from './compare-fixtures';

const dl2013 = parsedPage(DIRECT_LINE_2013);
const dl2018 = parsedPage(DIRECT_LINE_2018);
const news = parsedPage(NEWS_CONFERENCE_2018);

function phraseInput(text: string) {
  const words = tokenize(text).filter((t) => t.word);
  return { text, words: words.map((w) => w.norm), spans: words.flatMap((w) => [w.start, w.end]) };
}

describe('a document compared with itself', () => {
  it('has similarity 1, every passage paired in place with score 1, nothing only on one side', () => {
    const c = compareTexts(sideOf(news, 1), sideOf(news, 1));
    expect(c.summary.similarity).toBe(1);
    expect(c.pairs).toHaveLength(c.passagesLeft.length);
    expect(c.pairs.every((p) => p.score === 1 && !p.moved && p.left === p.right)).toBe(true);
    expect(c.onlyLeft).toEqual([]);
    expect(c.onlyRight).toEqual([]);
    expect(c.summary.wordsLeft).toBe(c.summary.wordsRight);
    expect(c.summary.distinctiveLeft).toEqual([]);
    expect(c.summary.distinctiveRight).toEqual([]);
    // Version mode of a text against itself: nothing inserted or deleted.
    expect(c.inline?.every((b) => b.kind === 'same')).toBe(true);
  });
});

describe('the two Direct Lines (2013 and 2018)', () => {
  const c = compareTexts(sideOf(dl2013, 1), sideOf(dl2018, 2));

  it('share only short formulas, no passage of substance', () => {
    expect(c.passagesLeft.length).toBeGreaterThan(800);
    expect(c.passagesRight.length).toBeGreaterThan(800);
    expect(c.summary.similarity).toBeGreaterThan(0.05);
    expect(c.summary.similarity).toBeLessThan(0.2);
    // Every aligned pair is a formula such as "Thank you." or "Good afternoon, Mr President."
    for (const p of c.pairs) {
      expect(c.passagesLeft[p.left].words).toBeLessThanOrEqual(8);
      expect(c.pairs.length).toBeLessThan(50);
    }
    const texts = c.pairs.map((p) => [c.passagesLeft[p.left].text, c.passagesRight[p.right].text]);
    expect(texts).toContainEqual(['Good afternoon,', 'Good afternoon.']);
    expect(texts).toContainEqual(['Please, you have the floor.', 'Please, you have the floor.']);
    expect(c.onlyLeft.length + c.pairs.length).toBe(c.passagesLeft.length);
    // "Thank you." said at another point of the other speech is no move: it is left unpaired.
    const moved = c.pairs.filter((p) => p.moved);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((p) => c.passagesLeft[p.left].words >= 4 && c.passagesRight[p.right].words >= 4)).toBe(true);
  });

  it('scores a pair by the Dice coefficient of word 3-grams, against the threshold', () => {
    // {thank you for, you for your, for your attention, your attention applause} vs
    // {thank you for, you for your, for your question}: 2 shared -> 2·2/(4+3) = 0.5714
    const find = (cmp: typeof c) => cmp.pairs.find((p) => cmp.passagesLeft[p.left].text === 'Thank you for your attention. (Applause.)');
    const pair = find(c);
    expect(pair?.score).toBe(0.5714);
    expect(c.passagesRight[pair!.right].text).toBe('Thank you for your question.');
    expect(pair?.diff).toEqual([
      { op: 'equal', text: 'Thank you for your' },
      { op: 'delete', text: ' attention' },
      { op: 'insert', text: ' question' },
      { op: 'equal', text: '.' },
      { op: 'delete', text: ' (Applause.)' },
    ]);
    const stricter = compareTexts(sideOf(dl2013, 1), sideOf(dl2018, 2), { threshold: 0.6 });
    expect(find(stricter)).toBeUndefined();
    expect(stricter.pairs.every((p) => p.score >= 0.6)).toBe(true);
  });

  it('lists shared phrases of 4+ words with their counts on each side', () => {
    const byText = new Map(c.sharedPhrases.map((p) => [p.text.toLowerCase(), p]));
    // Counted by grep in tests/fixtures/kremlin_en_txt: 7 times in 2013, twice in 2018.
    expect(byText.get('draw your attention to the fact that')).toMatchObject({ length: 7, left: 7, right: 2, count: 9 });
    expect(byText.get('we have been on the air for over four hours')).toMatchObject({ length: 10, left: 1, right: 1 });
    expect(c.sharedPhrases.every((p) => p.length >= 4)).toBe(true);
    expect(c.summary.sharedPhraseCount).toBe(c.sharedPhrases.length);
    // Marks point at the phrase's words on both sides.
    const index = c.sharedPhrases.findIndex((p) => p.text === 'we have been on the air for over four hours');
    const leftMarks = c.passagesLeft.flatMap((p) => p.marks.filter((m) => m.phrase === index).map((m) => p.text.slice(m.start, m.end)));
    const rightMarks = c.passagesRight.flatMap((p) => p.marks.filter((m) => m.phrase === index).map((m) => p.text.slice(m.start, m.end)));
    expect(leftMarks.map((t) => t.toLowerCase())).toEqual(['we have been on the air for over four hours']);
    expect(rightMarks.map((t) => t.toLowerCase())).toEqual(['we have been on the air for over four hours']);
  });

  it('finds the terms distinctive of each year', () => {
    const left = new Map(c.summary.distinctiveLeft.map((t) => [t.term, t]));
    const right = new Map(c.summary.distinctiveRight.map((t) => [t.term, t]));
    // "Crimea" is never said in 2013 and 18 times in 2018; the museum debate is 2013's.
    expect(right.get('crimea')).toMatchObject({ countLeft: 0, countRight: 18 });
    expect(left.get('museum')?.countRight).toBe(0);
    expect(left.get('museum')?.countLeft).toBeGreaterThan(20);
    expect([...left.keys(), ...right.keys()]).not.toContain('the');
    expect(c.summary.explanation.distinctive).toContain('log-odds');
  });
});

describe('distinctive terms score', () => {
  it('is the z-score of the log-odds ratio with an informative Dirichlet prior', () => {
    // y=10 vs 0 in 1000 words each, α=10, α0=2000:
    // δ = ln(20/2980) − ln(10/2990) = 0.69649, σ = √(1/20 + 1/10) = 0.38730 → z = 1.7983
    expect(logOddsZ(10, 0, 1000, 1000, 10, 2000)).toBeCloseTo(1.7983, 3);
    expect(logOddsZ(0, 10, 1000, 1000, 10, 2000)).toBeCloseTo(-1.7983, 3);
    expect(logOddsZ(5, 5, 1000, 1000, 10, 2000)).toBe(0);
  });

  it('swaps its lists when the sides are swapped', () => {
    const words = (doc: typeof dl2013) => doc.turns.flatMap((t) => t.paragraphs.join(' ').toLowerCase().split(/\W+/).filter(Boolean));
    const ab = distinctiveTerms(words(dl2013), words(dl2018));
    const ba = distinctiveTerms(words(dl2018), words(dl2013));
    expect(ba.left.map((t) => t.term)).toEqual(ab.right.map((t) => t.term));
    expect(ba.right.map((t) => t.score)).toEqual(ab.left.map((t) => t.score));
  });
});

describe('a page and an edited copy of it (a paragraph moved from the end to the start, words changed)', () => {
  const { copy, moved, changed } = editedCopy(news);
  const c = compareTexts(sideOf(news, 1), sideOf(copy, 1));

  it('shows the moved paragraph as moved, linking its two places', () => {
    const movedPairs = c.pairs.filter((p) => p.moved);
    expect(movedPairs).toHaveLength(1);
    const pair = movedPairs[0];
    const left = c.passagesLeft[pair.left];
    const right = c.passagesRight[pair.right];
    expect([left.turn, left.paragraph]).toEqual([moved.from.turn, moved.from.paragraph]);
    expect([right.turn, right.paragraph]).toEqual([moved.to.turn, moved.to.paragraph]);
    expect(left.text).toBe(moved.original);
    expect(right.text).toBe(moved.edited);
    // 37 distinct word 3-grams before, 39 after, 32 shared: 2·32 / (37 + 39) = 0.8421.
    expect(pair.score).toBe(0.8421);
    expect(left.pair).toBe(c.pairs.indexOf(pair));
    expect(right.pair).toBe(c.pairs.indexOf(pair));
    expect(pair.diff.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: ' Happy' },
      { op: 'insert', text: ' happy and peaceful' },
      { op: 'delete', text: ' really' },
      { op: 'insert', text: ' truly' },
    ]);
  });

  it('keeps every other paragraph aligned in order, the edited one with its word change', () => {
    expect(c.onlyLeft).toEqual([]);
    expect(c.onlyRight).toEqual([]);
    const inPlace = c.pairs.filter((p) => !p.moved);
    expect(inPlace).toHaveLength(c.passagesLeft.length - 1);
    const edited = inPlace.filter((p) => p.score < 1);
    expect(edited).toHaveLength(1);
    expect(c.passagesLeft[edited[0].left].text).toBe(changed.original);
    expect([c.passagesRight[edited[0].right].turn, c.passagesRight[edited[0].right].paragraph]).toEqual([changed.turn, changed.paragraph]);
    expect(edited[0].diff.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: ' the' },
      { op: 'insert', text: ' a' },
    ]);
    // Rows: the moved paragraph sits alone at its old place on the left and its new place on the right.
    // (The narration before the first turn comes first on both sides.)
    const at = c.passagesRight.findIndex((p) => p.text === moved.edited);
    expect(c.passagesRight[at].turn).toBe(moved.to.turn);
    expect(c.rows.slice(0, at)).toEqual([...Array(at).keys()].map((k) => ({ pair: k, left: k, right: k })));
    expect(c.rows[at]).toEqual({ pair: null, left: null, right: at });
    expect(c.rows.at(-1)).toMatchObject({ pair: expect.any(Number) });
    const lonelyLeft = c.rows.filter((r) => r.pair === null && r.left !== null);
    expect(lonelyLeft).toEqual([{ pair: null, left: c.pairs.find((p) => p.moved)!.left, right: null }]);
    expect(c.summary.similarity).toBeGreaterThan(0.99);
    expect(c.summary.similarity).toBeLessThan(1);
  });

  it('renders as an inline word diff in version mode, the move as a deletion and an insertion', () => {
    const blocks = c.inline ?? [];
    const at = blocks.findIndex((b) => b.kind !== 'same');
    expect(blocks.slice(0, at).every((b) => b.speaker === null)).toBe(true);
    expect(blocks[at]).toMatchObject({ kind: 'inserted', moved: true, segments: [{ op: 'insert', text: moved.edited }] });
    expect(blocks.at(-2)).toMatchObject({ kind: 'deleted', moved: true, segments: [{ op: 'delete', text: moved.original }] });
    expect(blocks.filter((b) => b.kind === 'changed')).toHaveLength(1);
    expect(blocks.filter((b) => b.kind !== 'same' && b.kind !== 'changed')).toHaveLength(2);
  });

  it('aligns sentence by sentence too', () => {
    const s = compareTexts(sideOf(news, 1), sideOf(copy, 1), { granularity: 'sentence' });
    expect(s.passagesLeft.length).toBeGreaterThan(c.passagesLeft.length);
    expect(s.passagesLeft.every((p) => p.sentence !== null)).toBe(true);
    const moved = s.pairs.filter((p) => p.moved).map((p) => s.passagesRight[p.right]);
    // Only sentences of the moved paragraph move.
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((p) => p.turn === 1 && p.paragraph === 0)).toBe(true);
    const changed = s.pairs.filter((p) => p.score < 1).map((p) => s.passagesRight[p.right].text);
    expect(changed).toContain('I wish you all a happy and peaceful New Year.');
  });
});

describe('speaker restriction', () => {
  it('keeps only the turns of one speaker, matched by label or by person in either name order', () => {
    const all = compareTexts(sideOf(news, 1), sideOf(news, 1));
    const byLabel = compareTexts(sideOf(news, 1, 'president of russia vladimir putin'), sideOf(news, 1));
    expect(new Set(byLabel.passagesLeft.map((p) => p.speaker))).toEqual(new Set(['President of Russia Vladimir Putin']));
    const byPerson = compareTexts(sideOf(news, 1, 'Putin Vladimir'), sideOf(news, 1, 'putin'));
    // The person covers both labels used for him in this transcript.
    expect(new Set(byPerson.passagesLeft.map((p) => p.speaker))).toEqual(new Set(['President of Russia Vladimir Putin', 'Vladimir Putin']));
    expect(byPerson.summary.similarity).toBe(1);
    expect(byPerson.left.speaker).toBe('Putin Vladimir');
    expect(byPerson.summary.wordsLeft).toBeLessThan(all.summary.wordsLeft);
    expect(byPerson.summary.wordsLeft).toBeGreaterThan(all.summary.wordsLeft / 2);
    // Restricting one side: the other speakers' passages are only on the right.
    const oneSide = compareTexts(sideOf(news, 1, 'Dmitry Peskov'), sideOf(news, 1));
    expect(oneSide.passagesLeft.every((p) => p.speaker?.endsWith('Dmitry Peskov'))).toBe(true);
    expect(oneSide.onlyLeft).toEqual([]);
    expect(oneSide.onlyRight.length).toBe(oneSide.passagesRight.length - oneSide.passagesLeft.length);
  });

  it('says who speaks when the name matches no turn', () => {
    expect(() => compareTexts(sideOf(news, 1, 'Angela Merkel'), sideOf(news, 1))).toThrow(/No turn of “Angela Merkel”.*Dmitry Peskov/);
  });

  it('does not let a surname match a different person', () => {
    const isPeskov = speakerMatcher('Peskov');
    expect(isPeskov('Presidential Press Secretary Dmitry Peskov')).toBe(true);
    expect(isPeskov('President of Russia Vladimir Putin')).toBe(false);
    expect(isPeskov(null)).toBe(false);
  });
});

describe('shared-phrase finder', () => {
  it('finds maximal runs of 4+ words, not across passages, ignoring case and punctuation', () => {
    const left = [phraseInput('We must, as always, think about the people first.'), phraseInput('Thank you very much for the question.')];
    const right = [
      phraseInput('I think that we must as always think about the people.'),
      phraseInput('thank you very'),
      phraseInput('much for your question'),
    ];
    const { phrases, marksLeft, marksRight } = sharedPhrases(left, right);
    expect(phrases).toEqual([{ text: 'We must, as always, think about the people', length: 8, left: 1, right: 1, count: 2 }]);
    expect(marksLeft[0]).toEqual([{ start: 0, end: 42, phrase: 0 }]);
    expect(marksLeft[1]).toEqual([]);
    expect(right[0].text.slice(marksRight[0][0].start, marksRight[0][0].end)).toBe('we must as always think about the people');
  });
});

describe('word diff', () => {
  it('finds the shortest edit script', () => {
    // The example of Myers' paper: ABCABBA -> CBABAC takes 5 edits.
    const steps = diffKeys('a b c a b b a'.split(' '), 'c b a b a c'.split(' '));
    const edits = steps.filter((s) => s.op !== 'equal').reduce((n, s) => n + s.a + s.b, 0);
    expect(edits).toBe(5);
    expect(diffKeys([], ['x'])).toEqual([{ op: 'insert', a: 0, b: 1 }]);
  });
});
