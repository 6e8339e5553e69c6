import type { SearchGroup } from '../../../preload/api';
import { Highlighted } from './Highlighted';

interface Props {
  groups: SearchGroup[];
  /** Opens a document, at a turn when one is given, with the words the hit matched (for the reader's find). */
  onOpen(documentId: number, turnIndex: number | null, words?: string): void;
}

/** The first marked words of a snippet, e.g. "strategic partnership" (adjacent marks joined). */
function firstMark(text: string, ranges: { start: number; end: number }[]): string | undefined {
  if (ranges.length === 0) return undefined;
  let end = ranges[0].end;
  for (const r of ranges.slice(1)) {
    if (/^\s*$/.test(text.slice(end, r.start))) end = r.end;
    else break;
  }
  return text.slice(ranges[0].start, end);
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
            <button key={t.turnIndex} type="button" className="search-hit" onClick={() => onOpen(g.documentId, t.turnIndex, firstMark(t.snippet.text, t.snippet.highlights))}>
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
