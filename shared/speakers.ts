/**
 * A document's speakers as the reader's panel lists them: the labels that name one person
 * ("Vladimir Putin", "President of Russia Vladimir Putin") count together, and the rows are
 * ordered by words after merging, most first (ties: who spoke first).
 */
export interface SpeakerFigureLike {
  label: string;
  person: string | null;
  role: string | null;
  speaker: string;
  turns: number;
  words: number;
  firstIdx: number;
}

export function mergeSpeakerFigures<T extends SpeakerFigureLike>(figures: T[]): T[] {
  const merged = new Map<string, T>();
  for (const f of figures) {
    const m = merged.get(f.speaker);
    merged.set(f.speaker, m ? { ...m, turns: m.turns + f.turns, words: m.words + f.words, firstIdx: Math.min(m.firstIdx, f.firstIdx) } : f);
  }
  return [...merged.values()].sort((a, b) => b.words - a.words || a.firstIdx - b.firstIdx);
}
