/**
 * Which document a turn belongs to, without reading the turns table (its rows hold the text, so
 * each read is costly): a document's turns are written together and get consecutive ids, so one
 * id range per document answers it. A document whose turns are not consecutive (turns added
 * later) keeps an explicit list. Loaded with the MetaStore's generation, in one pass over the
 * turns' (document_id, idx) index.
 */
import type { Database } from 'better-sqlite3';
import { partitionPoint } from './partition-point';

export class TurnRanges {
  /** Consecutive documents' first turn ids, ascending, with their last turn ids and document ids. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly docs: Int32Array;
  private readonly byDoc = new Map<number, [number, number]>();
  /** Turns of documents whose turns are not consecutive. */
  private readonly scattered = new Map<number, number>();
  private readonly scatteredOf = new Map<number, number[]>();

  private constructor(rows: [number, number, number, number][], scattered: [number, number][]) {
    const ranges = rows.filter(([, first, last, n]) => last - first + 1 === n).sort((a, b) => a[1] - b[1]);
    this.starts = Int32Array.from(ranges, (r) => r[1]);
    this.ends = Int32Array.from(ranges, (r) => r[2]);
    this.docs = Int32Array.from(ranges, (r) => r[0]);
    for (const [doc, first, last] of ranges) this.byDoc.set(doc, [first, last]);
    for (const [turn, doc] of scattered) {
      this.scattered.set(turn, doc);
      let list = this.scatteredOf.get(doc);
      if (!list) this.scatteredOf.set(doc, (list = []));
      list.push(turn);
    }
  }

  /** The highest turn id. */
  get lastTurn(): number {
    let last = this.ends.length ? this.ends[this.ends.length - 1] : 0;
    for (const turn of this.scattered.keys()) if (turn > last) last = turn;
    return last;
  }

  /** How many documents have turns: all of them below turn id `upTo`, or all of them above `from` (an edge sample's documents). */
  docsWithin(upTo: number, from: number): number {
    // Documents (consecutive turns) whose last turn id is below upTo: the ends ascend with the starts.
    let n = partitionPoint(this.ends.length, (i) => this.ends[i] < upTo);
    if (from !== Infinity) {
      const after = partitionPoint(this.starts.length, (i) => this.starts[i] <= from);
      n += Math.max(0, this.starts.length - Math.max(after, n));
    }
    for (const [doc] of this.scatteredOf) {
      const span = this.span(doc);
      if (span && (span[1] < upTo || span[0] > from)) n++;
    }
    return n;
  }

  /** How many documents have turns. */
  get documents(): number {
    return this.starts.length + this.scatteredOf.size;
  }

  static load(db: Database): TurnRanges {
    const rows = db.prepare('SELECT document_id, min(id), max(id), count(*) FROM turns GROUP BY document_id').raw().all() as [
      number,
      number,
      number,
      number,
    ][];
    const broken = rows.filter(([, first, last, n]) => last - first + 1 !== n).map((r) => r[0]);
    const scattered = broken.length
      ? (db
          .prepare('SELECT id, document_id FROM turns WHERE document_id IN (SELECT value FROM json_each(?))')
          .raw()
          .all(JSON.stringify(broken)) as [number, number][])
      : [];
    return new TurnRanges(rows, scattered);
  }

  /** The document of a turn, or undefined for an id no turn has. */
  docOf(turnId: number): number | undefined {
    const doc = this.scattered.get(turnId);
    if (doc !== undefined) return doc;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] > turnId) hi = mid - 1;
      else if (this.ends[mid] < turnId) lo = mid + 1;
      else return this.docs[mid];
    }
    return undefined;
  }

  /** A document's turn ids, ascending. */
  turnsOf(docId: number): number[] {
    const range = this.byDoc.get(docId);
    if (range) return Array.from({ length: range[1] - range[0] + 1 }, (_, i) => range[0] + i);
    return [...(this.scatteredOf.get(docId) ?? [])].sort((a, b) => a - b);
  }

  /** The lowest and highest turn id of a document (its turns may not fill the range when scattered), or null without turns. */
  span(docId: number): [number, number] | null {
    const range = this.byDoc.get(docId);
    if (range) return range;
    const list = this.scatteredOf.get(docId);
    return list && list.length ? [Math.min(...list), Math.max(...list)] : null;
  }
}
