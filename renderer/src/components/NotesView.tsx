import { useEffect, useState } from 'react';
import type { Annotation } from '../../../preload/api';
import { api, unwrap } from '../api';
import { shortDate } from '../format';

interface Props {
  version: number;
  onOpen(annotation: Annotation): void;
}

/** Every note across the archive, newest first. */
export function NotesView({ version, onOpen }: Props) {
  const [notes, setNotes] = useState<Annotation[] | null>(null);
  const [active, setActive] = useState(0);
  useEffect(() => {
    unwrap(api().listAnnotations(null)).then(setNotes, () => setNotes([]));
  }, [version]);
  if (notes === null) return <p className="empty">Loading notes…</p>;
  if (notes.length === 0) {
    return (
      <div className="empty">
        <h2>No notes yet</h2>
        <p>Open a transcript, select words and choose Annotate (Ctrl+Shift+A) to keep a note on them.</p>
      </div>
    );
  }
  return (
    <ul
      className="notes-view"
      role="listbox"
      aria-label={`Notes across the archive, ${notes.length}`}
      tabIndex={0}
      aria-activedescendant={`note-${notes[active]?.id}`}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          setActive((a) => Math.min(notes.length - 1, Math.max(0, a + (e.key === 'ArrowDown' ? 1 : -1))));
        } else if (e.key === 'Enter' && notes[active]) onOpen(notes[active]);
      }}
    >
      {notes.map((n, i) => (
        <li key={n.id} id={`note-${n.id}`} role="option" aria-selected={i === active} className={i === active ? 'selected' : undefined} onClick={() => { setActive(i); onOpen(n); }}>
          <div className="doc-title">{n.documentTitle}</div>
          <div className="sub">{shortDate(n.documentDate)}</div>
          <blockquote>“{n.quote}”</blockquote>
          {n.note && <p>{n.note}</p>}
        </li>
      ))}
    </ul>
  );
}
