/** The document as read: title, date and place, lead, tags, the transcript, and where it came from. */
import type { Annotation, DocumentDetail, FacetKind, SpeakerFigureView } from '../../../shared/contract/api';
import { useAppState, useDispatch } from '../app/store';
import { toggleValue } from '../library/filter';
import { formatDate, formatTimestamp } from '../shared/format';
import { Transcript } from './Transcript';

function TagGroup({ label, kind, values }: { label: string; kind: FacetKind; values: string[] }) {
  const dispatch = useDispatch();
  const filter = useAppState((s) => s.filter);
  if (values.length === 0) return null;
  const show = (value: string) => {
    dispatch({ type: 'view/show', view: 'library' });
    dispatch({ type: 'filter/set', filter: toggleValue(filter, kind, value, true) });
  };
  return (
    <div className="tag-group">
      <span className="tag-label">{label}</span>
      <ul aria-label={label}>
        {values.map((value) => (
          <li key={value}>
            <button type="button" className="tag" title={`Show the documents tagged ${value}`} onClick={() => show(value)}>
              {value}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface Props {
  doc: DocumentDetail;
  byLabel: Map<string, SpeakerFigureView>;
  annotations: Annotation[];
  findQuery: string;
  currentHit: number;
  bodyRef: React.RefObject<HTMLDivElement | null>;
}

export function ReaderDocument({ doc, byLabel, annotations, findQuery, currentHit, bodyRef }: Props) {
  const dispatch = useDispatch();
  const only = useAppState((s) => s.reader.only);
  const focusedTurn = useAppState((s) => s.reader.focusedTurn);
  const { fontSize, measure } = useAppState((s) => s.settings);
  return (
    <article className={`reader measure-${measure}`} style={{ fontSize: `${fontSize}px` }} aria-labelledby="reader-title">
      <header className="reader-head">
        <h2 id="reader-title">{doc.title}</h2>
        <p className="reader-meta">
          <time dateTime={doc.date ?? undefined}>{formatDate(doc.date, 'long')}</time>
          {doc.time && <span>{doc.time}</span>}
          {doc.place && <span>{doc.place}</span>}
        </p>
        {doc.summary && <p className="lead">{doc.summary}</p>}
        <div className="tags">
          <TagGroup label="Geography" kind="geography" values={doc.geography} />
          <TagGroup label="Topics" kind="topic" values={doc.topics} />
          <TagGroup label="Persons" kind="person" values={doc.persons} />
        </div>
        {only && (
          <p className="only-note" role="status">
            Showing only {only}’s turns.{' '}
            <button type="button" className="link" onClick={() => dispatch({ type: 'reader/only', speaker: null })}>
              Show everyone
            </button>
          </p>
        )}
      </header>
      <div ref={bodyRef}>
        <Transcript
          turns={doc.turns}
          speakers={byLabel}
          annotations={annotations}
          query={findQuery}
          currentHit={currentHit}
          only={only}
          focusedTurn={focusedTurn}
        />
      </div>
      <footer className="reader-source" aria-label="Source">
        {doc.url && (
          <p>
            <a href={doc.url} target="_blank" rel="noreferrer noopener">
              {doc.url}
            </a>
          </p>
        )}
        {doc.sources.map((source) => (
          <p key={source.path}>
            From {source.path} ({source.format}), imported {formatTimestamp(source.importedAt)}
          </p>
        ))}
        {doc.attribution && <p>{doc.attribution}</p>}
      </footer>
    </article>
  );
}
