/**
 * The research desk over one open archive: concordance, trends, speakers, collocates and
 * citations, on the search engine's query language and result sets (archive/search/engine.ts).
 * What the CLI, the IPC handlers (through the query worker) and the benchmark call.
 * Per-document word counts and speaker figures are read once per state of the archive and kept.
 */
import type { Database } from 'better-sqlite3';
import { AnalysisReads, type DocumentFact, type SpeakerRow } from '../archive/analysis-read';
import type { SearchEngine } from '../archive/search/engine';
import type { MetaStore } from '../archive/search/meta';
import type {
  CiteManyRequest,
  CiteManyResult,
  CiteRequest,
  CiteResult,
  CollocatesRequest,
  CollocatesResult,
  KwicRequest,
  KwicResult,
  SpeakersRequest,
  SpeakersResult,
  PersonRequest,
  PersonResult,
  TrendRequest,
  TrendResult,
} from '../../shared/contract/analysis';
import type { CiteRow } from '../archive/analysis-read';
import { citeDocument } from './citation';
import { bibliography } from './citation-many';
import { addWindows, emptyCounts, score } from './collocates';
import { concordance } from './concordance';
import { findMatches } from '../search/highlight';
import { matchingTurns, occurrenceCounts, patternsOf, type Found } from './occurrences';
import { everyone, personTotals, whoSays, type PersonTotals, type Said } from './speakers';
import { personPage } from './person';
import { PersonWords, TABLE_WORDS } from './person-terms';
import { PERSON_TERMS_ROWS } from '../../shared/contract/names';
import { axisOf, seriesOf, topGroups, wordsPerBin, type Counted, type Spoken } from './trends';
import { compareDates } from './kwic';

type Invalid = { status: 'invalid'; error: string };

/** The most documents one bibliography holds (the first by date). */
export const MAX_CITED = 5000;

/** Collocates read at most this many characters of matching turns (the first by date). */
const COLLOCATE_CHARS = 1_000_000;

interface Facts {
  meta: MetaStore;
  docs: Map<number, DocumentFact>;
  speakers: SpeakerRow[];
  /** document id -> label -> speaker row. */
  byLabel: Map<number, Map<string, SpeakerRow>>;
  persons: Map<string, PersonTotals>;
  /** Every stem's count in the archive and their sum, read when collocates are first asked for. */
  vocabulary: { counts: Map<string, number>; total: number } | null;
  /** Every turn's label (allTurnLabels), read when first needed. */
  turnLabels: { byTurn: Int32Array; labels: (string | null)[] } | null;
}

const took = (started: number): number => Math.round((performance.now() - started) * 10) / 10;

export class AnalysisEngine {
  private readonly reads: AnalysisReads;
  private facts: Facts | null = null;
  private readonly personWords: PersonWords;

  constructor(
    db: Database,
    private readonly search: SearchEngine,
  ) {
    this.reads = new AnalysisReads(db);
    this.personWords = new PersonWords(this.reads);
  }

  private find(query: string): Found | Invalid {
    const found = this.search.resultSet(query);
    if (!found.ok) return { status: 'invalid', error: found.error };
    if (found.rs.plan.text.patterns.length === 0)
      return { status: 'invalid', error: 'The query has no words to look for in the turns: add a word or a "phrase".' };
    return found;
  }

  private known(): Facts {
    const meta = this.search.metadata();
    if (this.facts?.meta !== meta) {
      const docs = new Map(this.reads.documentFacts().map((d) => [d.id, d]));
      const speakers = this.reads.speakerRows();
      const byLabel = new Map<number, Map<string, SpeakerRow>>();
      for (const row of speakers) {
        let labels = byLabel.get(row.documentId);
        if (!labels) byLabel.set(row.documentId, (labels = new Map()));
        labels.set(row.label, row);
      }
      const persons = personTotals(speakers, (id) => docs.get(id)?.date ?? null);
      this.facts = { meta, docs, speakers, byLabel, persons, vocabulary: null, turnLabels: null };
    }
    return this.facts;
  }

  /** A turn's speaker label (null for narration), from every turn's label read once per state of the archive. */
  private labelOf(facts: Facts): (turn: number) => string | null {
    facts.turnLabels ??= this.reads.allTurnLabels();
    const { byTurn, labels } = facts.turnLabels;
    return (turn) => labels[byTurn[turn] ?? 0] ?? null;
  }

  kwic(request: KwicRequest): KwicResult {
    const started = performance.now();
    const found = this.find(request.query);
    if ('status' in found) return found;
    const labelOf = request.sort === 'speaker' ? this.labelOf(this.known()) : null;
    return { ...concordance(this.reads, found, request, labelOf), tookMs: took(started) };
  }

  /** Each turn that holds the query: its document, date, speaker row and occurrences. */
  private attributed(
    found: Found,
    facts: Facts,
    bySpeaker: boolean,
  ): { doc: number; date: string | null; row: SpeakerRow | null; count: number }[] {
    const counts = occurrenceCounts(this.reads, found);
    const labelOf = bySpeaker ? this.labelOf(facts) : () => null;
    const out: { doc: number; date: string | null; row: SpeakerRow | null; count: number }[] = [];
    for (const [turn, count] of counts) {
      const doc = found.ranges.docOf(turn) as number;
      const label = labelOf(turn);
      const row = label === null ? null : (facts.byLabel.get(doc)?.get(label) ?? null);
      out.push({ doc, date: facts.docs.get(doc)?.date ?? null, row, count });
    }
    return out;
  }

  trend(request: TrendRequest): TrendResult {
    const started = performance.now();
    const unit = request.by ?? 'year';
    const facts = this.known();
    const axis = axisOf(
      [...facts.docs.values()].map((d) => d.date),
      unit,
    );
    const spokenAll: Spoken[] = [...facts.docs.values()].map((d) => ({ date: d.date, group: null, words: d.words }));
    const words = wordsPerBin(axis, spokenAll, unit, null);
    const series: Extract<TrendResult, { status: 'ok' }>['series'] = [];
    const undated: number[] = [];
    let spoken: Spoken[] | null = null;
    for (const query of request.queries) {
      const found = this.find(query);
      if ('status' in found) return { status: 'invalid', error: `${query}: ${found.error}` };
      const counted: Counted[] = this.attributed(found, facts, request.split === 'speaker').map((t) => ({
        date: t.date,
        group: t.row?.speaker ?? null,
        count: t.count,
      }));
      if (!request.split) {
        const s = seriesOf(axis, counted, unit, null, words);
        series.push({ query, group: null, counts: s.counts, per10k: s.per10k });
        undated.push(s.undated);
        continue;
      }
      spoken ??= facts.speakers.map((r) => ({ date: facts.docs.get(r.documentId)?.date ?? null, group: r.speaker, words: r.words }));
      for (const group of topGroups(counted, request.groups ?? 5)) {
        const s = seriesOf(axis, counted, unit, group, wordsPerBin(axis, spoken, unit, group));
        series.push({ query, group, counts: s.counts, per10k: s.per10k });
        undated.push(s.undated);
      }
    }
    return { status: 'ok', bins: axis.bins, words, series, undated, tookMs: took(started) };
  }

  speakers(request: SpeakersRequest): SpeakersResult {
    const started = performance.now();
    const facts = this.known();
    const limit = request.limit ?? 50;
    if (!request.query?.trim()) {
      const all = everyone(facts.persons).slice(0, limit);
      const terms = request.terms;
      if (terms)
        for (const row of all.slice(0, PERSON_TERMS_ROWS))
          row.terms = this.personWords.termsOf(facts, row.person, TABLE_WORDS, terms).terms.map((t) => t.term);
      return { status: 'ok', total: facts.persons.size, speakers: all, tookMs: took(started) };
    }
    const found = this.find(request.query);
    if ('status' in found) return found;
    const said: Said[] = [];
    for (const t of this.attributed(found, facts, true))
      if (t.row?.person) said.push({ person: t.row.person, doc: t.doc, date: t.date, count: t.count });
    const rows = whoSays(facts.persons, said);
    return { status: 'ok', total: rows.length, speakers: rows.slice(0, limit), tookMs: took(started) };
  }

  collocates(request: CollocatesRequest): CollocatesResult {
    const started = performance.now();
    const found = this.find(request.query);
    if ('status' in found) return found;
    const byDoc = matchingTurns(found);
    const docs = [...byDoc.keys()].sort(
      (a, b) => compareDates(found.meta.docs.get(a)?.date ?? null, found.meta.docs.get(b)?.date ?? null) || a - b,
    );
    const counts = emptyCounts();
    const patterns = patternsOf(found);
    let chars = 0;
    let sampled = false;
    outer: for (const doc of docs) {
      for (const turn of this.reads.turns(byDoc.get(doc) ?? [])) {
        if (chars > COLLOCATE_CHARS) {
          sampled = true;
          break outer;
        }
        chars += turn.text.length;
        addWindows(counts, turn.text, findMatches(turn.text, patterns), request.window ?? 5);
      }
    }
    const facts = this.known();
    if (!facts.vocabulary) {
      const all = this.reads.vocabulary();
      let total = 0;
      for (const n of all.values()) total += n;
      facts.vocabulary = { counts: all, total };
    }
    const collocates = score(counts, facts.vocabulary.counts, facts.vocabulary.total, {
      minCount: request.minCount ?? 3,
      stopwords: request.stopwords ?? false,
      limit: request.limit ?? 50,
    });
    return { status: 'ok', matches: counts.matches, sampled, collocates, tookMs: took(started) };
  }

  /** One person's page: documents, totals and most distinctive words (person.ts). */
  person(request: PersonRequest): PersonResult {
    return personPage(this.personWords, this.known(), request);
  }

  cite(request: CiteRequest): CiteResult {
    const doc = this.reads.citeRow(request.documentId);
    if (!doc) throw new Error(`There is no document ${request.documentId} in this archive (it may have been deleted).`);
    let turn = null;
    if (request.turn !== undefined) {
      turn = this.reads.citeTurn(request.documentId, request.turn);
      if (!turn)
        throw new Error(`Document ${request.documentId} has no turn ${request.turn} (turns are counted from 0, as \`show\` prints them).`);
    }
    return { style: request.style, text: citeDocument(doc, turn, request.turn ?? null, request.style) };
  }

  /** One bibliography file for the documents named, or for those a query finds (at most MAX_CITED, the first by date). */
  citeMany(request: CiteManyRequest): CiteManyResult {
    let ids: number[];
    let total: number;
    if ('query' in request) {
      const found = this.search.resultSet(request.query);
      if (!found.ok) return { status: 'invalid', error: found.error };
      const date = (id: number): string | null => found.meta.docs.get(id)?.date ?? null;
      const all = [...found.rs.ids()].sort((a, b) => compareDates(date(a), date(b)) || a - b);
      if (all.length === 0) return { status: 'invalid', error: `No document matches ${request.query}: there is nothing to cite.` };
      total = all.length;
      ids = all.slice(0, MAX_CITED);
    } else {
      ids = [...new Set(request.documentIds)];
      total = ids.length;
    }
    const rows: CiteRow[] = [];
    for (const id of ids) {
      const row = this.reads.citeRow(id);
      if (row) rows.push(row);
    }
    if (rows.length === 0) return { status: 'invalid', error: 'None of these documents is in the archive any more.' };
    const cited = rows.sort((a, b) => compareDates(a.date, b.date) || a.id - b.id).slice(0, MAX_CITED);
    return {
      status: 'ok',
      style: request.style,
      text: bibliography(cited, request.style),
      entries: cited.length,
      total,
      capped: total > MAX_CITED,
      missing: ids.length - rows.length,
    };
  }
}
