import type { SearchGroup } from '../../../preload/api';
import { Highlighted } from './Highlighted';

interface Props {
  groups: SearchGroup[];
  /** Opens a document, at a turn when one is given. */
  onOpen(documentId: number, turnIndex: number | null): void;
}

/** Hits grouped by document: title, date, place, the number of matching turns, and the best turns with marked words. */
export function SearchResults({ groups, onOpen }: Props) {
  return (
    <ol className="search-results" aria-label="Search results">
      {groups.map((g) => (
        <li key={g.documentId} className="search-group">
          <button type="button" className="search-title" onClick={() => onOpen(g.documentId, null)}>
            <Highlighted text={g.title} ranges={g.titleHighlights} />
          </button>
          <div className="search-meta">
            {g.date && <span>{g.date}</span>}
            {g.place && <span>{g.place}</span>}
            <span className="search-count">
              {g.matchingTurns === 1 ? '1 matching turn' : `${g.matchingTurns} matching turns`}
              {g.partial ? ' (words spread over several turns)' : ''}
            </span>
          </div>
          {g.turns.map((t) => (
            <button key={t.turnIndex} type="button" className="search-hit" onClick={() => onOpen(g.documentId, t.turnIndex)}>
              {t.speaker && <span className="search-speaker">{t.speaker}</span>}
              <span className="search-snippet">
                <Highlighted text={t.snippet.text} ranges={t.snippet.highlights} />
              </span>
            </button>
          ))}
          {g.lead && (
            <p className="search-lead">
              <Highlighted text={g.lead.text} ranges={g.lead.highlights} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
