/** Every note across the archive, newest first; Enter or a click opens the document at the note. */
import { useState } from 'react';
import { annotationsKey } from '../app/requests';
import { useAppState, useDispatch } from '../app/store';
import { displayKeys } from '../app/commands/keys';
import { api } from '../shared/api';
import { formatDate, formatNumber } from '../shared/format';
import { useRequest } from '../shared/useRequest';
import type { Annotation } from '../../../shared/contract/api';

export function NotesView() {
  const dispatch = useDispatch();
  const key = useAppState((s) => annotationsKey(null, s));
  const { data: notes, error } = useRequest(key, () => api().listAnnotations(null));
  const [active, setActive] = useState(0);
  const open = (n: Annotation) => dispatch({ type: 'document/open', id: n.documentId, turn: n.turnIdx, paragraph: n.paragraph });

  if (error) return <p className="empty error">{error}</p>;
  if (!notes) return <p className="empty">Loading notes…</p>;
  if (notes.length === 0) {
    return (
      <div className="empty">
        <h2>No notes yet</h2>
        <p>Open a transcript, select words and choose Annotate ({displayKeys('Mod+Shift+A')}) to keep a note on them.</p>
      </div>
    );
  }
  const at = Math.min(active, notes.length - 1);
  return (
    <ul
      className="notes-view"
      role="listbox"
      aria-label={`Notes across the archive, ${formatNumber(notes.length)}`}
      tabIndex={0}
      aria-activedescendant={`note-${notes[at]?.id}`}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          setActive(Math.min(notes.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1))));
        } else if (e.key === 'Enter' && notes[at]) open(notes[at]);
      }}
    >
      {notes.map((n, i) => (
        // The listbox takes the keys for its options (aria-activedescendant); a click opens one.
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events
        <li
          key={n.id}
          id={`note-${n.id}`}
          role="option"
          aria-selected={i === at}
          className={i === at ? 'selected' : undefined}
          onClick={() => {
            setActive(i);
            open(n);
          }}
        >
          <div className="doc-title">{n.documentTitle}</div>
          <div className="sub">{formatDate(n.documentDate)}</div>
          <blockquote>“{n.quote}”</blockquote>
          {n.note && <p>{n.note}</p>}
        </li>
      ))}
    </ul>
  );
}
