/** "Export citations…": the format of the bibliography file for the chosen documents or a search's. */
import { useState } from 'react';
import type { BibliographyStyle } from '../../../shared/contract/api';
import type { CitedDocuments } from '../app/state';
import { useStore } from '../app/store';
import { Dialog } from '../shared/Dialog';
import { plural } from '../shared/format';
import { BIBLIOGRAPHY_LABELS, BIBLIOGRAPHY_STYLES, exportCitations } from './cite-many';

const USES: Record<BibliographyStyle, string> = {
  bibtex: 'for LaTeX, Zotero, JabRef',
  ris: 'for Zotero, EndNote, Mendeley',
  'csl-json': 'for Zotero and citation processors',
};

function describe(what: CitedDocuments): string {
  if (what.kind === 'documents') return `The ${plural(what.ids.length, 'chosen document')}, one entry each.`;
  if (what.kind === 'search') return `Every document the search ${what.query} finds (up to 5,000, the first by date), one entry each.`;
  return `The documents of the collection “${what.name}”, one entry each.`;
}

export function ExportCitationsDialog({ what, onClose }: { what: CitedDocuments; onClose(): void }) {
  const store = useStore();
  const [style, setStyle] = useState<BibliographyStyle>('bibtex');
  return (
    <Dialog
      title="Export citations"
      submitLabel="Export…"
      onClose={onClose}
      onSubmit={() => {
        onClose();
        void exportCitations(store, what, style);
      }}
    >
      <p className="hint">{describe(what)} The source’s attribution stays in each entry’s note.</p>
      <fieldset className="field choice">
        <legend>Format</legend>
        {BIBLIOGRAPHY_STYLES.map((s) => (
          <label key={s}>
            <input type="radio" name="bibliography-style" value={s} checked={style === s} onChange={() => setStyle(s)} />
            {BIBLIOGRAPHY_LABELS[s]} <span className="hint">{USES[s]}</span>
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
