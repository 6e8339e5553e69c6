import { useRef, useState, type PointerEvent } from 'react';
import { monthEnd } from './filter';

interface Props {
  months: { month: string; count: number }[];
  from?: string;
  to?: string;
  onRange(from: string | undefined, to: string | undefined): void;
}

/** Every month from the first to the last, zeros included, so the bars keep time's proportions. */
function fillMonths(months: Props['months']): Props['months'] {
  if (months.length === 0) return [];
  const counts = new Map(months.map((m) => [m.month, m.count]));
  const [y0, m0] = months[0].month.split('-').map(Number);
  const [y1, m1] = months.at(-1)!.month.split('-').map(Number);
  const out: Props['months'] = [];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, (m = 1)) : m++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, count: counts.get(key) ?? 0 });
  }
  return out;
}

const WIDTH = 200;
const HEIGHT = 48;

/** Documents per month; drag across the bars to filter to a date range. Dates can be typed too. */
export function Timeline({ months, from, to, onRange }: Props) {
  const all = fillMonths(months);
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<[number, number] | null>(null);
  const max = Math.max(1, ...all.map((m) => m.count));
  const bar = all.length ? WIDTH / all.length : WIDTH;
  const indexAt = (event: PointerEvent) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || all.length === 0) return 0;
    return Math.min(all.length - 1, Math.max(0, Math.floor(((event.clientX - box.left) / box.width) * all.length)));
  };
  const inRange = (month: string) => (!from || monthEnd(month) >= from) && (!to || `${month}-01` <= to);
  const dragged = drag ? [Math.min(...drag), Math.max(...drag)] : null;

  return (
    <section className="timeline" aria-label="Timeline">
      <h2 className="side-heading">Timeline</h2>
      {all.length === 0 ? (
        <p className="hint">No dated documents.</p>
      ) : (
        <svg
          ref={svg}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
          className="histogram"
          role="img"
          aria-label={`Documents per month, ${all[0].month} to ${all.at(-1)!.month}; drag to choose a date range`}
          onPointerDown={(event) => {
            (event.target as Element).setPointerCapture?.(event.pointerId);
            const i = indexAt(event);
            setDrag([i, i]);
          }}
          onPointerMove={(event) => drag && setDrag([drag[0], indexAt(event)])}
          onPointerUp={() => {
            if (!dragged) return;
            onRange(`${all[dragged[0]].month}-01`, monthEnd(all[dragged[1]].month));
            setDrag(null);
          }}
        >
          {all.map((m, i) => {
            const h = m.count ? Math.max(2, (m.count / max) * (HEIGHT - 2)) : 0;
            const lit = dragged ? i >= dragged[0] && i <= dragged[1] : inRange(m.month);
            return (
              <rect key={m.month} x={i * bar} y={HEIGHT - h} width={Math.max(0.5, bar - (bar > 3 ? 1 : 0))} height={h} className={lit ? 'lit' : 'dim'}>
                <title>{`${m.month}: ${m.count}`}</title>
              </rect>
            );
          })}
        </svg>
      )}
      <div className="range-inputs">
        <label>
          From
          <input type="date" value={from ?? ''} onChange={(e) => onRange(e.target.value || undefined, to)} />
        </label>
        <label>
          To
          <input type="date" value={to ?? ''} onChange={(e) => onRange(from, e.target.value || undefined)} />
        </label>
      </div>
    </section>
  );
}
