/**
 * The importer's map: every parser turns text or bytes into ParsedDocuments.
 * A parser is a pure function; it never touches the archive.
 */

/** One speaker turn: consecutive paragraphs by the same speaker (or narration when speaker is null). */
export interface ParsedTurn {
  /** The label as printed, without the colon, whitespace collapsed; null for narration. */
  speaker: string | null;
  /** Paragraph texts in order. An omission is the paragraph "<…>". */
  paragraphs: string[];
}

/** A link block under a page ("See also", "Additional"). */
export interface RelatedLink {
  title: string;
  date: string | null;
  url: string | null;
}

export interface ParsedDocument {
  title: string;
  /** YYYY-MM-DD or null. */
  date: string | null;
  /** HH:MM (24h) or null. */
  time: string | null;
  place: string | null;
  /** The lead paragraph or a summary. */
  summary: string | null;
  /** Canonical page URL when the source has one. */
  url: string | null;
  topics: string[];
  persons: string[];
  geography: string[];
  turns: ParsedTurn[];
  /** Photo captions, kept apart from the transcript. */
  captions: string[];
  related: RelatedLink[];
  /** "Published in sections: …" */
  sections: string[];
  /** "Publication date: …" as YYYY-MM-DDTHH:MM, or null. */
  publishedAt: string | null;
  /** Attribution to show with quotes, e.g. "en.kremlin.ru, CC BY 4.0". */
  attribution: string | null;
  /** BCP-47 language tag when known ("en", "ru"). */
  language: string | null;
  /** Problems met while parsing that did not stop the document. */
  warnings: string[];
}

/** Format names as stored in the archive and reported by the CLI. */
export type SourceFormat =
  | 'kremlin-text'
  | 'kremlin-html'
  | 'plain-text'
  /** An HTML page from another site, read with the plain-text rules. */
  | 'html'
  | 'csv'
  | 'json';

/** What a parser returns for one file. */
export type ParseOutcome =
  | { kind: 'documents'; format: SourceFormat; documents: ParsedDocument[]; warnings: string[] }
  /** Not a transcript (a photo gallery, an unknown file): listed as skipped, with the reason. */
  | { kind: 'skipped'; reason: string }
  /** A transcript format that could not be read: listed as failed, with the reason. */
  | { kind: 'failed'; error: string; columns?: string[]; samples?: Record<string, string> };

/** Why a text file or page holds no transcript. */
export const NO_TRANSCRIPT_TEXT = 'no transcript text was found in the file';

/** The documents a parser read, or none when it skipped or failed the file. */
export function documentsOf(outcome: ParseOutcome): ParsedDocument[] {
  return outcome.kind === 'documents' ? outcome.documents : [];
}

export const KREMLIN_ATTRIBUTION = 'Source: en.kremlin.ru, licensed under Creative Commons Attribution 4.0 International (CC BY 4.0)';

/** A document with every optional field empty; parsers fill in what they find. */
export function emptyDocument(title: string): ParsedDocument {
  return {
    title,
    date: null,
    time: null,
    place: null,
    summary: null,
    url: null,
    topics: [],
    persons: [],
    geography: [],
    turns: [],
    captions: [],
    related: [],
    sections: [],
    publishedAt: null,
    attribution: null,
    language: null,
    warnings: [],
  };
}
