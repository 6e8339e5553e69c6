/**
 * A seeded scale-up of a real archive: documents composed from real pages' text.
 * Each synthetic document takes the metadata (title, place, tags) of a random real
 * document, a random date in the real range, and 2–14 turns whose speakers and
 * paragraphs come from random real turns. Same seed, same archive.
 */
import type { Database } from 'better-sqlite3';
import { emptyDocument, type ParsedDocument } from '../main/import/types';

/** mulberry32: small, fast, seeded. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Source {
  docs: { title: string; place: string | null; summary: string | null; topics: string[]; persons: string[]; geography: string[] }[];
  turns: { speaker: string | null; paragraphs: string[] }[];
  years: [number, number];
}

export function readSource(db: Database): Source {
  const tags = new Map<number, { topic: string[]; person: string[]; geography: string[] }>();
  for (const t of db.prepare('SELECT document_id, kind, value FROM tags').all() as {
    document_id: number;
    kind: 'topic' | 'person' | 'geography';
    value: string;
  }[]) {
    const entry = tags.get(t.document_id) ?? { topic: [], person: [], geography: [] };
    entry[t.kind].push(t.value);
    tags.set(t.document_id, entry);
  }
  const docs = (
    db.prepare('SELECT id, title, place, summary FROM documents').all() as {
      id: number;
      title: string;
      place: string | null;
      summary: string | null;
    }[]
  ).map((d) => {
    const t = tags.get(d.id);
    return {
      title: d.title,
      place: d.place,
      summary: d.summary,
      topics: t?.topic ?? [],
      persons: t?.person ?? [],
      geography: t?.geography ?? [],
    };
  });
  const turns = (db.prepare('SELECT speaker, text FROM turns').all() as { speaker: string | null; text: string }[]).map((t) => ({
    speaker: t.speaker,
    paragraphs: t.text.split('\n\n'),
  }));
  const range = db
    .prepare('SELECT min(substr(date, 1, 4)) AS a, max(substr(date, 1, 4)) AS b FROM documents WHERE date IS NOT NULL')
    .get() as { a: string; b: string };
  return { docs, turns, years: [Number(range.a), Number(range.b)] };
}

export function* syntheticDocuments(source: Source, count: number, seed = 4): Generator<ParsedDocument> {
  const rnd = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)];
  for (let i = 0; i < count; i++) {
    const base = pick(source.docs);
    const year = source.years[0] + Math.floor(rnd() * (source.years[1] - source.years[0] + 1));
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const turns = Array.from({ length: 2 + Math.floor(rnd() * 13) }, () => {
      const t = pick(source.turns);
      return { speaker: t.speaker, paragraphs: t.paragraphs.slice(0, 1 + Math.floor(rnd() * t.paragraphs.length)) };
    });
    yield {
      ...emptyDocument(base.title),
      date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      time: `${String(8 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
      place: base.place,
      summary: base.summary,
      url: `synthetic://verbatim/${seed}/${i}`,
      topics: base.topics,
      persons: base.persons,
      geography: base.geography,
      turns,
      language: 'en',
    };
  }
}
