/**
 * A side of a comparison cut into passages (paragraphs, or sentences), each located
 * by its turn and paragraph index in the document (and sentence index when cut finer),
 * optionally restricted to one speaker's turns.
 */
import { personFromLabel, personKey } from '../../shared/speaker-names';
import { sentenceSpans, tokenize, wordsAndSpans, type Token } from './text';
import { isOmission } from '../../shared/text';

export type Granularity = 'paragraph' | 'sentence';

export interface TurnText {
  speaker: string | null;
  text: string;
}

export interface PassageSource {
  /** Index of the turn in the document. */
  turn: number;
  /** Index of the paragraph in the turn (paragraphs are separated by a blank line). */
  paragraph: number;
  /** Index of the sentence in the paragraph, or null at paragraph level. */
  sentence: number | null;
  speaker: string | null;
  text: string;
  /** Its words, folded, and where each is in `text` (word i from spans[2i] to spans[2i + 1]). */
  wordList: string[];
  spans: number[];
  /** Number of words. */
  words: number;
  /** Words and punctuation marks (for word differences): made when first asked for (tokensOf). */
  tokens?: Token[];
}

/** A passage's words and punctuation marks, tokenized once, when a word difference needs them. */
export function tokensOf(p: PassageSource): Token[] {
  p.tokens ??= tokenize(p.text);
  return p.tokens;
}

/**
 * A test of a turn's speaker label against a name the user typed: the label itself, or the
 * person the label names (either name order), case-insensitive; a surname alone matches
 * when it is one of the person's name words.
 */
export function speakerMatcher(
  name: string,
  knownPersons: string[] = [],
  labelPersons?: Record<string, string | null>,
): (label: string | null) => boolean {
  const wanted = name.trim().toLowerCase();
  const wantedKey = personKey(name);
  const wantedTokens = wantedKey.split(' ').filter(Boolean);
  const cache = new Map<string, boolean>();
  return (label) => {
    if (!label) return false;
    const hit = cache.get(label);
    if (hit !== undefined) return hit;
    let match =
      label
        .trim()
        .replace(/[:.]+$/, '')
        .toLowerCase() === wanted.replace(/[:.]+$/, '');
    if (!match && wantedTokens.length > 0) {
      const person = labelPersons && label in labelPersons ? labelPersons[label] : personFromLabel(label, knownPersons).person;
      if (person) {
        const key = personKey(person);
        const tokens = new Set(key.split(' '));
        match = key === wantedKey || wantedTokens.every((t) => tokens.has(t));
      }
    }
    cache.set(label, match);
    return match;
  };
}

/** Cuts turns into passages; omission marks ("<…>") and passages without a word are left out. */
export function passagesOf(
  turns: TurnText[],
  granularity: Granularity = 'paragraph',
  keepTurn: (speaker: string | null) => boolean = () => true,
): PassageSource[] {
  const out: PassageSource[] = [];
  turns.forEach((turn, t) => {
    if (!keepTurn(turn.speaker)) return;
    turn.text.split('\n\n').forEach((paragraph, p) => {
      if (isOmission(paragraph)) return;
      const pieces =
        granularity === 'sentence'
          ? sentenceSpans(paragraph).map((s, i) => ({ text: paragraph.slice(s.start, s.end), sentence: i as number | null }))
          : [{ text: paragraph, sentence: null as number | null }];
      for (const piece of pieces) {
        const { words, spans } = wordsAndSpans(piece.text);
        if (words.length === 0) continue;
        out.push({
          turn: t,
          paragraph: p,
          sentence: piece.sentence,
          speaker: turn.speaker,
          text: piece.text,
          wordList: words,
          spans,
          words: words.length,
        });
      }
    });
  });
  return out;
}

/** The distinct speakers of a document, in order of first appearance: each label's person when known, else the label. */
export function speakersOf(turns: TurnText[], labelPersons?: Record<string, string | null>): string[] {
  return [...new Set(turns.map((t) => (t.speaker ? (labelPersons?.[t.speaker] ?? t.speaker) : null)).filter((s): s is string => !!s))];
}
