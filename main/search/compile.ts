/**
 * Turns a parsed query into FTS5 MATCH expressions over the stemmed index, and
 * into patterns that find the same words in the original text for highlighting.
 * Stems are quoted, so nothing a person types can become FTS5 syntax.
 */
import type { NearItem, TextNode } from './query';
import { foldWord, tokenize } from './text';

/** One position of a pattern: a stem, or a prefix of the folded word (with stems that prefix reaches). */
export interface PatternToken {
  stem: string | null;
  prefix: string | null;
  alternatives: string[];
}

/** A word or a phrase to find (and highlight) in the original text. */
export type Pattern = PatternToken[];

export interface CompiledText {
  /** What a row must match; null when the query only excludes. */
  match: string | null;
  /** What a row must not match, when the query has exclusions but nothing positive. */
  exclude: string | null;
  /** Every positive word, phrase and NEAR group on its own, joined by OR. */
  any: string | null;
  patterns: Pattern[];
}

/**
 * What a prefix stands for: the stems it may stand for besides the words it begins ("negotiat" ->
 * "negoti"), or those and, when the archive has few, every indexed word it begins. Then the
 * index is asked for those words rather than for the prefix: for the same rows, since FTS5 reads
 * a prefix as every word it begins, but FTS5 merges a prefix's lists anew for each lookup, which
 * makes looking up a page's turns hundreds of times slower.
 */
export type PrefixExpander = (prefix: string) => string[] | { shorter: string[]; words: string[] | null };

class CompileError extends Error {}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

interface Piece {
  fts: string;
  patterns: Pattern[];
  /** FTS of each positive leaf (for `any`). */
  leaves: string[];
}

function item(node: NearItem, expand: PrefixExpander, inNear: boolean): Piece | null {
  const tokens = tokenize(node.text);
  if (tokens.length === 0) return null;
  const prefix = node.kind === 'term' && node.prefix;
  const pattern: Pattern = tokens.map((t) => ({ stem: t.stem, prefix: null, alternatives: [] }));
  let fts = quote(tokens.map((t) => t.stem).join(' '));
  if (prefix) {
    const last = tokens[tokens.length - 1];
    const folded = foldWord(last.norm);
    const expanded = tokens.length === 1 && !inNear ? expand(folded) : [];
    const { shorter, words } = Array.isArray(expanded) ? { shorter: expanded, words: null } : expanded;
    const alternatives = shorter.filter((s) => s !== folded);
    pattern[pattern.length - 1] = { stem: null, prefix: folded, alternatives };
    fts = `${quote([...tokens.slice(0, -1).map((t) => t.stem), folded].join(' '))} *`;
    // A prefix that begins no indexed word and has no shorter stem stays as typed (it finds nothing).
    const spelled = words ? [...new Set([...words, ...alternatives])].map(quote) : [];
    if (spelled.length) fts = spelled.length === 1 ? spelled[0] : `(${spelled.join(' OR ')})`;
    else if (alternatives.length) fts = `(${[fts, ...alternatives.map(quote)].join(' OR ')})`;
  }
  return { fts, patterns: [pattern], leaves: [fts] };
}

function compileNode(node: TextNode, expand: PrefixExpander): Piece | null {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return item(node, expand, false);
    case 'near': {
      const pieces = node.items.map((i) => item(i, expand, true)).filter((p): p is Piece => p !== null);
      if (pieces.length === 0) return null;
      if (pieces.length === 1) return pieces[0];
      const fts = `NEAR(${pieces.map((p) => p.fts).join(' ')}, ${node.distance})`;
      return { fts, patterns: pieces.flatMap((p) => p.patterns), leaves: [fts] };
    }
    case 'or': {
      const pieces = node.items.map((i) => compileNode(i, expand)).filter((p): p is Piece => p !== null);
      if (pieces.length === 0) return null;
      if (pieces.length === 1) return pieces[0];
      return {
        fts: `(${pieces.map((p) => p.fts).join(' OR ')})`,
        patterns: pieces.flatMap((p) => p.patterns),
        leaves: pieces.flatMap((p) => p.leaves),
      };
    }
    case 'and': {
      const { positive, negative } = split(node, expand);
      if (!positive) {
        if (negative) throw new CompileError('An exclusion needs a word beside it in the same brackets, e.g. (gas -oil).');
        return null;
      }
      return negative ? { ...positive, fts: `(${positive.fts} NOT ${negative})` } : positive;
    }
    case 'not':
      throw new CompileError('An exclusion cannot stand inside OR or NEAR.');
  }
}

function split(node: Extract<TextNode, { kind: 'and' }>, expand: PrefixExpander): { positive: Piece | null; negative: string | null } {
  const pos: Piece[] = [];
  const neg: string[] = [];
  for (const child of node.items) {
    if (child.kind === 'not') {
      const piece = compileNode(child.item, expand);
      if (piece) neg.push(piece.fts);
    } else {
      const piece = compileNode(child, expand);
      if (piece) pos.push(piece);
    }
  }
  const positive =
    pos.length === 0
      ? null
      : pos.length === 1
        ? pos[0]
        : {
            fts: `(${pos.map((p) => p.fts).join(' AND ')})`,
            patterns: pos.flatMap((p) => p.patterns),
            leaves: pos.flatMap((p) => p.leaves),
          };
  const negative = neg.length === 0 ? null : neg.length === 1 ? neg[0] : `(${neg.join(' OR ')})`;
  return { positive, negative };
}

export type CompileResult = { ok: true; text: CompiledText } | { ok: false; error: string };

/** Compiles the full-text part of a query. */
export function compileText(node: TextNode | null, expand: PrefixExpander): CompileResult {
  try {
    if (!node) return { ok: true, text: { match: null, exclude: null, any: null, patterns: [] } };
    if (node.kind === 'not' || node.kind === 'and') {
      const { positive, negative } =
        node.kind === 'and' ? split(node, expand) : { positive: null, negative: compileNode(node.item, expand)?.fts ?? null };
      if (!positive) return { ok: true, text: { match: null, exclude: negative, any: null, patterns: [] } };
      return {
        ok: true,
        text: {
          match: negative ? `${positive.fts} NOT ${negative}` : positive.fts,
          exclude: null,
          any: anyOf(positive.leaves),
          patterns: positive.patterns,
        },
      };
    }
    const piece = compileNode(node, expand);
    if (!piece) return { ok: true, text: { match: null, exclude: null, any: null, patterns: [] } };
    return { ok: true, text: { match: piece.fts, exclude: null, any: anyOf(piece.leaves), patterns: piece.patterns } };
  } catch (error) {
    if (error instanceof CompileError) return { ok: false, error: error.message };
    throw error;
  }
}

function anyOf(leaves: string[]): string | null {
  const unique = [...new Set(leaves)];
  if (unique.length === 0) return null;
  return unique.length === 1 ? unique[0] : `(${unique.join(' OR ')})`;
}

/** Title words and phrases, every one required, limited to the title column. */
export function compileTitle(items: NearItem[], expand: PrefixExpander): { fts: string | null; patterns: Pattern[] } {
  const pieces = items.map((i) => item(i, expand, false)).filter((p): p is Piece => p !== null);
  if (pieces.length === 0) return { fts: null, patterns: [] };
  return { fts: `title : (${pieces.map((p) => p.fts).join(' AND ')})`, patterns: pieces.flatMap((p) => p.patterns) };
}

/**
 * One expression per speaker: value, each matched against a turn's indexed speaker words (the
 * label's, then its person's: indexer.ts) as one phrase of folded words (not stemmed); a trailing
 * * makes the last word a prefix. Several speaker: values must all hold (each by a turn of its
 * own), as every field narrows the search.
 */
export function compileSpeakers(values: string[]): string[] {
  const parts: string[] = [];
  for (const value of values) {
    const prefix = value.endsWith('*');
    const words = tokenize(value).map((t) => t.norm);
    if (words.length === 0) continue;
    parts.push(`speaker : (${quote(words.join(' '))}${prefix ? ' *' : ''})`);
  }
  return parts;
}
