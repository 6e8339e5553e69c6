/**
 * The search query language, parsed into a tree. A pure function: text in, a
 * ParsedQuery or an error message out (never an exception).
 *
 *   words              all must match            sanctions Ukraine
 *   "exact phrase"     words in this order       "energy security"
 *   a OR b             either (binds tighter than the space: x a OR b = x AND (a OR b))
 *   -word, -"phrase"   must not match (also NOT word)
 *   NEAR(a b, 5)       within 5 words (default 10); also a NEAR/5 b
 *   negotiat*          prefix
 *   ( … )              grouping
 *   speaker:putin  topic:"Foreign policy"  person:  place:  title:
 *   date:2019  date:2014-03..2019-12  date:..2015  year:2010..2015
 */

import { parseDate, type DateRange } from './query-dates';
import { QueryError } from './query-error';
import { foldedWords } from './text';

export type TextNode =
  | { kind: 'term'; text: string; prefix: boolean }
  | { kind: 'phrase'; text: string }
  | { kind: 'near'; items: NearItem[]; distance: number }
  | { kind: 'and'; items: TextNode[] }
  | { kind: 'or'; items: TextNode[] }
  | { kind: 'not'; item: TextNode };

export type NearItem = Extract<TextNode, { kind: 'term' | 'phrase' }>;

export type { DateRange } from './query-dates';

export interface QueryFilters {
  speaker: string[];
  topic: string[];
  person: string[];
  place: string[];
  /** Words or phrases that must be in the title. */
  title: NearItem[];
  /** Every range must hold (date: and year: alike). */
  dates: DateRange[];
}

export interface ParsedQuery {
  /** The full-text part, or null when the query has only fields. */
  text: TextNode | null;
  filters: QueryFilters;
}

export type ParseResult = { ok: true; query: ParsedQuery } | { ok: false; error: string };

export const FIELDS = ['speaker', 'topic', 'person', 'place', 'title', 'date', 'year'] as const;
type Field = (typeof FIELDS)[number];

type Lexeme =
  | { t: 'word'; text: string; pos: number }
  | { t: 'phrase'; text: string; pos: number }
  | { t: 'field'; field: Field; value: string; quoted: boolean; pos: number }
  | { t: '('; pos: number }
  | { t: ')'; pos: number }
  | { t: ','; pos: number }
  | { t: '-'; pos: number }
  | { t: 'OR' | 'AND' | 'NOT'; pos: number }
  | { t: 'NEAR('; pos: number }
  | { t: 'NEAR/'; distance: number; pos: number };

const MAX_QUERY = 2000;
const MAX_NEAR = 1000;
const DEFAULT_NEAR = 10;
/** Brackets within brackets: each level may cost the search index two of its own (it stops near 35). */
export const MAX_DEPTH = 10;

function lex(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  const n = input.length;
  const readQuoted = (from: number): { text: string; end: number } => {
    const close = input.indexOf('"', from + 1);
    if (close < 0) throw new QueryError(`A quotation mark at position ${from + 1} is never closed: add the closing ".`);
    return { text: input.slice(from + 1, close), end: close + 1 };
  };
  while (i < n) {
    const ch = input[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      out.push({ t: ch, pos: i });
      i++;
      continue;
    }
    if (ch === '"') {
      const { text, end } = readQuoted(i);
      out.push({ t: 'phrase', text, pos: i });
      i = end;
      continue;
    }
    if (ch === '-' && i + 1 < n && !/[\s)]/.test(input[i + 1]) && (i === 0 || /[\s(]/.test(input[i - 1]))) {
      out.push({ t: '-', pos: i });
      i++;
      continue;
    }
    if (ch === '|') {
      out.push({ t: 'OR', pos: i });
      i++;
      continue;
    }
    // A bare run: a word, an operator, NEAR, or field:value.
    let j = i;
    while (j < n && !/[\s()",]/.test(input[j])) j++;
    const run = input.slice(i, j);
    if (run === 'NEAR' && input[j] === '(') {
      out.push({ t: 'NEAR(', pos: i });
      i = j + 1;
      continue;
    }
    const near = /^NEAR\/(\d+)$/.exec(run);
    if (near) {
      out.push({ t: 'NEAR/', distance: Number(near[1]), pos: i });
      i = j;
      continue;
    }
    if (run === 'OR' || run === 'AND' || run === 'NOT') {
      out.push({ t: run, pos: i });
      i = j;
      continue;
    }
    const field = /^([a-zA-Z]+):/.exec(run);
    if (field && (FIELDS as readonly string[]).includes(field[1].toLowerCase())) {
      const name = field[1].toLowerCase() as Field;
      const valueStart = i + field[0].length;
      if (input[valueStart] === '"') {
        const { text, end } = readQuoted(valueStart);
        out.push({ t: 'field', field: name, value: text, quoted: true, pos: i });
        i = end;
        continue;
      }
      out.push({ t: 'field', field: name, value: input.slice(valueStart, j), quoted: false, pos: i });
      i = j;
      continue;
    }
    out.push({ t: 'word', text: run, pos: i });
    i = j;
  }
  return out;
}

class Parser {
  private i = 0;
  private depth = 0;
  readonly filters: QueryFilters = { speaker: [], topic: [], person: [], place: [], title: [], dates: [] };

  constructor(private readonly tokens: Lexeme[]) {}

  private peek(): Lexeme | undefined {
    return this.tokens[this.i];
  }

  parse(): TextNode | null {
    const node = this.sequence(true);
    const rest = this.peek();
    if (rest)
      throw new QueryError(
        rest.t === ')'
          ? `A “)” at position ${rest.pos + 1} has no matching “(”.`
          : `Unexpected “${describe(rest)}” at position ${rest.pos + 1}.`,
      );
    return node;
  }

  /** Implicit AND of units, until ")" or the end. */
  private sequence(top: boolean): TextNode | null {
    const items: TextNode[] = [];
    for (let tok = this.peek(); tok && tok.t !== ')'; tok = this.peek()) {
      if (tok.t === 'AND' || tok.t === ',') {
        this.i++;
        continue;
      }
      if (tok.t === 'field') {
        if (!top) throw new QueryError(`${tok.field}: cannot be inside brackets, NEAR or OR: put fields at the top level of the query.`);
        this.i++;
        this.field(tok);
        if (this.peek()?.t === 'OR') throw new QueryError(`${tok.field}: cannot be combined with OR; fields always narrow the search.`);
        continue;
      }
      if (tok.t === '-' || tok.t === 'NOT') {
        this.i++;
        const next = this.peek();
        if (!next) throw new QueryError(`“${tok.t === '-' ? '-' : 'NOT'}” at the end needs a word after it.`);
        if (next.t === 'field') throw new QueryError(`Fields cannot be excluded (-${next.field}:…); exclude words instead.`);
        items.push({ kind: 'not', item: this.near() });
        continue;
      }
      items.push(this.or());
    }
    if (items.length === 0) return null;
    return items.length === 1 ? items[0] : { kind: 'and', items };
  }

  private or(): TextNode {
    const items = [this.near()];
    while (this.peek()?.t === 'OR') {
      const op = this.peek() as Lexeme;
      this.i++;
      const next = this.peek();
      if (!next || next.t === ')' || next.t === 'OR') throw new QueryError(`OR at position ${op.pos + 1} needs a word on both sides.`);
      if (next.t === '-' || next.t === 'NOT') throw new QueryError('An exclusion cannot be one side of OR: write “a -b” or “(a OR c) -b”.');
      if (next.t === 'field') throw new QueryError(`${next.field}: cannot be combined with OR; fields always narrow the search.`);
      items.push(this.near());
    }
    return items.length === 1 ? items[0] : { kind: 'or', items };
  }

  /** a NEAR/5 b NEAR/5 c */
  private near(): TextNode {
    const first = this.primary();
    if (this.peek()?.t !== 'NEAR/') return first;
    const items: NearItem[] = [nearItem(first)];
    let distance = DEFAULT_NEAR;
    while (this.peek()?.t === 'NEAR/') {
      const op = this.peek() as Extract<Lexeme, { t: 'NEAR/' }>;
      this.i++;
      distance = Math.max(op.distance > 0 ? op.distance : 0, items.length > 1 ? distance : 0);
      if (op.distance > MAX_NEAR) throw new QueryError(`NEAR/${op.distance} is too wide: use at most ${MAX_NEAR}.`);
      const next = this.peek();
      if (!next || (next.t !== 'word' && next.t !== 'phrase'))
        throw new QueryError(`NEAR/${op.distance} needs a word or "phrase" on both sides.`);
      items.push(nearItem(this.primary()));
    }
    return { kind: 'near', items, distance };
  }

  private primary(): TextNode {
    const tok = this.peek();
    if (!tok) throw new QueryError('The query ends too early.');
    this.i++;
    switch (tok.t) {
      case 'word': {
        if (/^\*+$/.test(tok.text)) throw new QueryError('“*” alone finds nothing: put it after the start of a word, e.g. negotiat*.');
        const prefix = tok.text.endsWith('*');
        const text = tok.text.replace(/\*+$/, '');
        if (text.includes('*')) throw new QueryError(`“${tok.text}”: * may only end a word (prefix search).`);
        return { kind: 'term', text, prefix };
      }
      case 'phrase':
        if (!tok.text.trim()) throw new QueryError(`The quotation marks at position ${tok.pos + 1} hold nothing.`);
        return { kind: 'phrase', text: tok.text };
      case '(': {
        if (++this.depth > MAX_DEPTH) {
          throw new QueryError(
            `The brackets at position ${tok.pos + 1} nest more than ${MAX_DEPTH} deep: remove some — words side by side must all match, so (a (b c)) finds the same as a b c.`,
          );
        }
        const inner = this.sequence(false);
        this.depth--;
        if (this.peek()?.t !== ')') throw new QueryError(`The “(” at position ${tok.pos + 1} is never closed: add “)”.`);
        this.i++;
        if (!inner) throw new QueryError(`The brackets at position ${tok.pos + 1} hold nothing.`);
        return inner;
      }
      case 'NEAR(':
        return this.nearGroup(tok.pos);
      case 'OR':
      case 'AND':
        throw new QueryError(`${tok.t} at position ${tok.pos + 1} needs a word on both sides.`);
      case 'NEAR/':
        throw new QueryError(`NEAR/${tok.distance} needs a word or "phrase" on both sides.`);
      case ')':
        throw new QueryError(`A “)” at position ${tok.pos + 1} has no matching “(”.`);
      default:
        throw new QueryError(`Unexpected “${describe(tok)}” at position ${tok.pos + 1}.`);
    }
  }

  /** NEAR(a "b c" d, 5) */
  private nearGroup(pos: number): TextNode {
    const items: NearItem[] = [];
    let distance = DEFAULT_NEAR;
    for (;;) {
      const tok = this.peek();
      if (!tok) throw new QueryError(`NEAR( at position ${pos + 1} is never closed: write NEAR(word word, 5).`);
      if (tok.t === ')') {
        this.i++;
        break;
      }
      if (tok.t === ',') {
        this.i++;
        const num = this.peek();
        if (!num || num.t !== 'word' || !/^\d+$/.test(num.text))
          throw new QueryError('NEAR(…, n): after the comma comes the greatest distance in words, e.g. NEAR(gas price, 5).');
        distance = Number(num.text);
        if (distance > MAX_NEAR) throw new QueryError(`NEAR(…, ${distance}) is too wide: use at most ${MAX_NEAR}.`);
        this.i++;
        if (this.peek()?.t !== ')') throw new QueryError('NEAR(…, n) must end right after the distance with “)”.');
        continue;
      }
      if (tok.t !== 'word' && tok.t !== 'phrase')
        throw new QueryError('NEAR( ) holds only words and "phrases", e.g. NEAR(gas "price cap", 5).');
      items.push(nearItem(this.primary()));
    }
    if (items.length < 2) throw new QueryError('NEAR needs at least two words or phrases, e.g. NEAR(gas price, 5).');
    return { kind: 'near', items, distance };
  }

  private field(tok: Extract<Lexeme, { t: 'field' }>): void {
    const value = tok.value.trim();
    if (tok.field === 'date' || tok.field === 'year') {
      this.filters.dates.push(parseDate(tok.field, value));
      return;
    }
    if (!value) throw new QueryError(`${tok.field}: needs a value, e.g. ${tok.field}:${EXAMPLES[tok.field]}.`);
    if (foldedWords(value).length === 0) {
      throw new QueryError(
        `${tok.field}:${tok.quoted ? `"${value}"` : value} has no letters or digits to search for: write a word, e.g. ${tok.field}:${EXAMPLES[tok.field]}.`,
      );
    }
    if (tok.field === 'title') {
      const prefix = !tok.quoted && value.endsWith('*');
      this.filters.title.push(tok.quoted ? { kind: 'phrase', text: value } : { kind: 'term', text: value.replace(/\*+$/, ''), prefix });
      return;
    }
    this.filters[tok.field].push(value);
  }
}

const EXAMPLES: Record<Field, string> = {
  speaker: 'putin',
  topic: '"Foreign policy"',
  person: 'Lavrov',
  place: 'Moscow',
  title: 'summit',
  date: '2019',
  year: '2019',
};

function nearItem(node: TextNode): NearItem {
  if (node.kind === 'term' || node.kind === 'phrase') return node;
  throw new QueryError('NEAR joins only words and "phrases".');
}

function describe(tok: Lexeme): string {
  switch (tok.t) {
    case 'word':
      return tok.text;
    case 'phrase':
      return `"${tok.text}"`;
    case 'field':
      return `${tok.field}:${tok.value}`;
    case 'NEAR/':
      return `NEAR/${tok.distance}`;
    default:
      return tok.t;
  }
}

function positive(node: TextNode | null): boolean {
  if (!node) return false;
  if (node.kind === 'not') return false;
  if (node.kind === 'and') return node.items.some(positive);
  return true;
}

/** Parses a query; a malformed one gets a message a person can act on. */
export function parseQuery(input: string): ParseResult {
  try {
    if (input.length > MAX_QUERY) throw new QueryError(`The query is too long (${input.length} characters; at most ${MAX_QUERY}).`);
    const parser = new Parser(lex(input.replace(/[“”]/g, '"')));
    const text = parser.parse();
    const filters = parser.filters;
    const hasFilter =
      filters.speaker.length +
        filters.topic.length +
        filters.person.length +
        filters.place.length +
        filters.title.length +
        filters.dates.length >
      0;
    if (!text && !hasFilter) throw new QueryError('Type a word, a "phrase" or a field such as speaker:putin to search.');
    if (text && !positive(text) && !hasFilter) {
      throw new QueryError('A query needs something to find besides exclusions: add a word or a field, e.g. sanctions -oil.');
    }
    return { ok: true, query: { text, filters } };
  } catch (error) {
    if (error instanceof QueryError) return { ok: false, error: error.message };
    return { ok: false, error: `The query could not be read: ${String(error)}` };
  }
}
