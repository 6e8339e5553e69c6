/** One row of the library grid: date and time, title and main speakers, place, turns. */
import type { CSSProperties, MouseEvent } from 'react';
import type { LibraryRow } from '../../../shared/contract/api';
import { formatDate, formatNumber } from '../shared/format';

interface Props {
  id: number;
  /** The row's data; undefined while its page is being fetched. */
  doc: LibraryRow | undefined;
  index: number;
  isCursor: boolean;
  chosen: boolean;
  /** Whether the row takes Tab focus (the cursor row, or the first row when there is no cursor). */
  focusable: boolean;
  style: CSSProperties;
  onClick(event: MouseEvent): void;
  onContextMenu(event: MouseEvent): void;
}

export function DocumentRow({ id, doc, index, isCursor, chosen, focusable, style, onClick, onContextMenu }: Props) {
  return (
    // The grid handles the keys for its rows (roving tabindex): arrows, Space, Enter and the context-menu key.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <div
      id={`doc-${id}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={chosen}
      tabIndex={focusable ? 0 : -1}
      className={`tr doc-row${isCursor ? ' cursor' : ''}${chosen ? ' selected' : ''}`}
      style={style}
      onClick={onClick}
      onDoubleClick={() => document.querySelector<HTMLElement>('.reader-scroll')?.focus()}
      onContextMenu={(event) => {
        event.preventDefault();
        onContextMenu(event);
      }}
    >
      {doc ? (
        <>
          <div role="gridcell" className="td c-date">
            <span>{formatDate(doc.date)}</span>
            <span className="sub">{doc.time ?? ''}</span>
          </div>
          <div role="gridcell" className="td c-title">
            <span className="doc-title" title={doc.title}>
              {doc.title}
            </span>
            <span className="sub doc-speakers" title={doc.mainSpeakers ?? undefined}>
              {doc.mainSpeakers ?? ''}
            </span>
          </div>
          <div role="gridcell" className="td c-place" title={doc.place ?? undefined}>
            {doc.place ?? ''}
          </div>
          <div role="gridcell" className="td c-turns">
            {formatNumber(doc.turnCount)}
          </div>
        </>
      ) : (
        <div role="gridcell" className="td loading">
          …
        </div>
      )}
    </div>
  );
}
