import type { Annotation } from '../../../shared/contract/api';

interface Props {
  annotations: Annotation[];
  onJump(annotation: Annotation): void;
  onEdit(annotation: Annotation): void;
  onDelete(annotation: Annotation): void;
}

/** The document's annotations: the highlighted words and the note on them. */
export function NotesPanel({ annotations, onJump, onEdit, onDelete }: Props) {
  if (annotations.length === 0) {
    return <p className="hint">No notes yet. Select words in the transcript and choose Annotate (Ctrl+Shift+A).</p>;
  }
  return (
    <ul className="notes-list" aria-label="Notes in this document">
      {annotations.map((a) => (
        <li key={a.id}>
          <button type="button" className="link note-quote" onClick={() => onJump(a)}>
            “{a.quote.length > 140 ? `${a.quote.slice(0, 140)}…` : a.quote}”
          </button>
          {a.note && <p className="note-text">{a.note}</p>}
          <div className="note-actions">
            <button type="button" className="link" onClick={() => onEdit(a)}>
              Edit note
            </button>
            <button type="button" className="link" onClick={() => onDelete(a)}>
              Delete
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
