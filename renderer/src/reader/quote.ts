/**
 * The reader's work on the words selected in a transcript: copy them as a quote with
 * its citation, copy them plainly, or annotate them. Run by commands (keys, palette,
 * the selection toolbar, the right-click menu); the document is the one on screen.
 */
import type { DocumentDetail, SpeakerFigureView } from '../../../shared/contract/api';
import { documentKey, speakersKey } from '../app/requests';
import { notify } from '../app/operations/notify';
import type { AppStore } from '../app/store';
import { peek } from '../shared/useRequest';
import { formatMarkdownQuote, formatPlainQuote, type QuotePart } from './citation';
import { currentRange, passageOf, textByTurn } from './selection';

export const transcriptRoot = (): HTMLElement | null => document.querySelector<HTMLElement>('.reader .transcript');

/** The document in the reader and its speakers, as the reader shows them. */
function shown(store: AppStore): { doc: DocumentDetail; speakers: SpeakerFigureView[] } | null {
  const state = store.getState();
  if (state.cursor === null) return null;
  const doc = peek<DocumentDetail>(documentKey(state.cursor, state));
  return doc ? { doc, speakers: peek<SpeakerFigureView[]>(speakersKey(state.cursor, state)) ?? [] } : null;
}

export const hasTextSelection = (): boolean => currentRange(transcriptRoot()) !== null;

function quoteParts(doc: DocumentDetail, speakers: SpeakerFigureView[]): QuotePart[] | null {
  const root = transcriptRoot();
  const range = currentRange(root);
  if (!range || !root) return null;
  const byLabel = new Map(speakers.map((s) => [s.label, s]));
  return textByTurn(root, range).map(({ turnIdx, text }) => {
    const label = doc.turns[turnIdx]?.speaker ?? null;
    const figure = label ? byLabel.get(label) : undefined;
    return { speaker: label ? { label, person: figure?.person ?? null, role: figure?.role ?? null } : null, text };
  });
}

export async function copyQuote(store: AppStore, markdown: boolean): Promise<void> {
  const reading = shown(store);
  const parts = reading ? quoteParts(reading.doc, reading.speakers) : null;
  if (!reading || !parts || parts.length === 0) {
    notify(store, 'Select words in the transcript first, then copy them as a quote.');
    return;
  }
  const text = (markdown ? formatMarkdownQuote : formatPlainQuote)(parts, reading.doc);
  try {
    await navigator.clipboard.writeText(text);
    notify(store, markdown ? 'Quote copied as Markdown, with its citation.' : 'Quote copied with its citation.');
  } catch (e) {
    notify(store, `The clipboard refused the quote: ${(e as Error).message}`);
  }
}

export async function copySelection(store: AppStore): Promise<void> {
  const text = window.getSelection()?.toString() ?? '';
  if (!text.trim()) return;
  try {
    await navigator.clipboard.writeText(text);
  } catch (e) {
    notify(store, `The clipboard refused the text: ${(e as Error).message}`);
  }
}

export function annotateSelection(store: AppStore): void {
  const state = store.getState();
  const range = currentRange(transcriptRoot());
  const passage = range ? passageOf(range) : null;
  if (!passage || state.cursor === null) {
    notify(store, 'Select words in one paragraph of the transcript first, then annotate them.');
    return;
  }
  store.dispatch({ type: 'dialog/open', dialog: { kind: 'annotate', documentId: state.cursor, passage } });
}
