import { useEffect, useState } from 'react';
import type { DocumentDetail } from '../../../preload/api';
import { api, unwrap } from '../api';
import { longDate, OMISSION } from '../format';

interface Props {
  documentId: number | null;
}

function Paragraph({ text }: { text: string }) {
  if (OMISSION.test(text)) {
    return (
      <p className="omission" aria-label="Omission in the published transcript">
        &lt;…&gt;
      </p>
    );
  }
  return <p>{text}</p>;
}

function TagGroup({ label, values }: { label: string; values: string[] }) {
  if (values.length === 0) return null;
  return (
    <div className="tag-group">
      <span className="tag-label">{label}</span>
      <ul aria-label={label}>
        {values.map((value) => (
          <li key={value} className="tag">
            {value}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A transcript laid out as speaker turns. Imported text is rendered as text, never as HTML. */
export function Reader({ documentId }: Props) {
  const [doc, setDoc] = useState<DocumentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    if (documentId === null) {
      setDoc(null);
      return;
    }
    unwrap(api().getDocument(documentId)).then(
      (value) => live && setDoc(value),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [documentId]);

  if (error) return <p className="empty error">{error}</p>;
  if (documentId === null) return <p className="empty">Choose a transcript to read it.</p>;
  if (!doc || doc.id !== documentId) return <p className="empty">Opening…</p>;

  return (
    <article className="reader" aria-labelledby="reader-title">
      <header className="reader-head">
        <h2 id="reader-title">{doc.title}</h2>
        <p className="reader-meta">
          <time dateTime={doc.date ?? undefined}>{longDate(doc.date)}</time>
          {doc.time && <span>{doc.time}</span>}
          {doc.place && <span>{doc.place}</span>}
        </p>
        {doc.summary && <p className="lead">{doc.summary}</p>}
        <div className="tags">
          <TagGroup label="Geography" values={doc.geography} />
          <TagGroup label="Topics" values={doc.topics} />
          <TagGroup label="Persons" values={doc.persons} />
        </div>
      </header>
      <div className="transcript">
        {doc.turns.map((turn, index) => (
          <section key={index} className={turn.speaker ? 'turn' : 'turn narration'} data-turn={index}>
            {turn.speaker && <h3 className="speaker">{turn.speaker}</h3>}
            <div className="speech">
              {turn.text.split('\n\n').map((paragraph, i) => (
                <Paragraph key={i} text={paragraph} />
              ))}
            </div>
          </section>
        ))}
        {doc.turns.length === 0 && <p className="empty">This document has no transcript text.</p>}
      </div>
      <footer className="reader-source">
        {doc.url && <p>{doc.url}</p>}
        {doc.sources.map((source) => (
          <p key={source.path}>
            From {source.path} ({source.format}), imported {source.importedAt.slice(0, 10)}
          </p>
        ))}
        {doc.attribution && <p>{doc.attribution}</p>}
      </footer>
    </article>
  );
}
