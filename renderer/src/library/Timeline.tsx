import { useRef, useState, type PointerEvent } from 'react';
import { DateField } from '../shared/DateField';
import { formatMonth, plural } from '../shared/format';
import { timelineModel, type MonthCount } from './timeline-model';

interface Props {
  months: MonthCount[];
  from?: string;
  to?: string;
  onRange(from: string | undefined, to: string | undefined): void;
}

const WIDTH = 200;
const HEIGHT = 48;
/** Fewer buckets than this are drawn as bars of this share of the width, not one solid block. */
const MIN_SLOTS = 12;

/** Documents per month (or year); drag across the bars to filter to a date range. Dates can be typed too. */
export function Timeline({ months, from, to, onRange }: Props) {
  const model = timelineModel(months);
  const { buckets } = model;
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<[number, number] | null>(null);
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const slots = Math.max(MIN_SLOTS, buckets.length);
  const slot = WIDTH / slots;
  const offset = ((slots - buckets.length) * slot) / 2;
  const indexAt = (event: PointerEvent) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || buckets.length === 0) return 0;
    const x = ((event.clientX - box.left) / box.width) * WIDTH - offset;
    return Math.min(buckets.length - 1, Math.max(0, Math.floor(x / slot)));
  };
  const dragged = drag ? [Math.min(...drag), Math.max(...drag)] : null;
  // The range in force (from the filter) or being dragged, as bucket indexes.
  const inRange = (i: number) => (!from || buckets[i].to >= from) && (!to || buckets[i].from <= to);
  const lit = buckets.map((_, i) => (dragged ? i >= dragged[0] && i <= dragged[1] : inRange(i)));
  const ranged = dragged ?? (from || to ? [lit.indexOf(true), lit.lastIndexOf(true)] : null);
  const label = (key: string) => (model.unit === 'month' ? formatMonth(key) : key);

  return (
    <section className="timeline" aria-label="Timeline">
      <h2 className="side-heading">Timeline</h2>
      {buckets.length === 0 ? (
        <p className="hint">No dated documents.</p>
      ) : (
        <>
          <svg
            ref={svg}
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            preserveAspectRatio="none"
            className="histogram"
            role="img"
            aria-label={`Documents per ${model.unit}, ${label(buckets[0].key)} to ${label(buckets[buckets.length - 1].key)}; drag to choose a date range`}
            onPointerDown={(event) => {
              // Captured by the svg itself: the bars may be redrawn (new counts) while dragging.
              event.currentTarget.setPointerCapture?.(event.pointerId);
              const i = indexAt(event);
              setDrag([i, i]);
            }}
            onPointerMove={(event) => drag && setDrag([drag[0], indexAt(event)])}
            onPointerUp={() => {
              if (!dragged) return;
              onRange(buckets[dragged[0]].from, buckets[dragged[1]].to);
              setDrag(null);
            }}
          >
            {ranged && ranged[0] >= 0 && (
              <rect className="brush" x={offset + ranged[0] * slot} y={0} width={(ranged[1] - ranged[0] + 1) * slot} height={HEIGHT} />
            )}
            {buckets.map((b, i) => {
              const h = b.count ? Math.max(2, (b.count / max) * (HEIGHT - 4)) : 0;
              const gap = slot > 3 ? Math.min(1, slot * 0.2) : 0;
              return (
                <rect
                  key={b.key}
                  x={offset + i * slot + gap / 2}
                  y={HEIGHT - h}
                  width={Math.max(0.6, slot - gap)}
                  height={h}
                  className={lit[i] ? 'bar lit' : 'bar dim'}
                >
                  <title>{`${label(b.key)}: ${plural(b.count, 'document')}`}</title>
                </rect>
              );
            })}
          </svg>
          <div className="axis" aria-hidden="true">
            <span>{label(buckets[0].key)}</span>
            {buckets.length > 2 && <span>{label(buckets[Math.floor(buckets.length / 2)].key)}</span>}
            <span>{label(buckets[buckets.length - 1].key)}</span>
          </div>
          {(model.before || model.after) && (
            <p className="outliers">
              {model.before && `${plural(model.before.count, 'document')} from ${model.before.first.slice(0, 4)} not drawn`}
              {model.before && model.after && '; '}
              {model.after && `${plural(model.after.count, 'document')} to ${model.after.last.slice(0, 4)} not drawn`}
            </p>
          )}
        </>
      )}
      <div className="range-inputs">
        <label>
          From
          <DateField label="From" bound="start" value={from} onChange={(next) => onRange(next, to)} />
        </label>
        <label>
          To
          <DateField label="To" bound="end" value={to} onChange={(next) => onRange(from, next)} />
        </label>
      </div>
    </section>
  );
}
