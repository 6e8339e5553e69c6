/**
 * "Copy citation as …": the document in the reader cited in a style (APA, Chicago, MLA) or as
 * a record for a reference manager (BibTeX, RIS, CSL-JSON), made by main's citation library with
 * the source's attribution kept. The turn is cited when words in one are selected, or else the
 * turn last stepped or jumped to.
 */
import type { CitationStyle } from '../../../shared/contract/api';
import { attempt } from '../app/operations/notify';
import type { AppStore } from '../app/store';
import { transcriptRoot } from '../reader/quote';
import { currentRange, textByTurn } from '../reader/selection';
import { api } from '../shared/api';
import { copyText } from './save';

export const CITATION_LABELS: Record<CitationStyle, string> = {
  apa: 'APA',
  chicago: 'Chicago',
  mla: 'MLA',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};
/** The styles in the order menus list them (the contract's list is not imported: it would bring its validators into the window). */
export const CITATION_STYLES = Object.keys(CITATION_LABELS) as CitationStyle[];

/** The turn to cite: the first one holding the selected words, else the focused turn, else none (the whole document). */
function citedTurn(store: AppStore): number | undefined {
  const root = transcriptRoot();
  const range = currentRange(root);
  if (root && range) {
    const first = textByTurn(root, range)[0];
    if (first) return first.turnIdx;
  }
  return store.getState().reader.focusedTurn ?? undefined;
}

export async function copyCitation(store: AppStore, style: CitationStyle): Promise<void> {
  const documentId = store.getState().cursor;
  if (documentId === null) return;
  const turn = citedTurn(store);
  const cited = await attempt(store, () => api().cite(turn === undefined ? { documentId, style } : { documentId, turn, style }));
  if (!cited) return;
  const what = turn === undefined ? 'document' : `turn ${turn + 1}`;
  await copyText(store, cited.text, `Citation of the ${what} copied as ${CITATION_LABELS[style]}.`);
}
