/**
 * The trend drawn with uPlot. Chosen for the job because it draws time series on a real date
 * axis to a canvas in a ~50 kB bundle without dependencies (MIT), stays fast with hundreds of
 * monthly points and dozens of series, shows every series' value at the cursor in its legend
 * (here the rate with the raw count beside it), and a canvas exports as PNG as it is.
 * Chart libraries built on SVG and a DOM per point (Recharts, Observable Plot) weigh more
 * and slow down with many points; Chart.js is larger and its time axis needs an adapter.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatNumber } from '../shared/format';
import { resolveColours, useScheme, type ChartColours } from './theme-colours';
import { binTime, formatRate, seriesLabel, type TrendOk } from './trend-model';

interface Props {
  result: TrendOk;
  by: 'year' | 'month';
  /** A point was clicked: the series (index into result.series) and the period (index into bins). */
  onPoint(series: number, bin: number): void;
  /** The drawn chart, for the PNG export (null while none is drawn). */
  onChart(chart: uPlot | null, colours: ChartColours | null): void;
}

const HEIGHT = 300;

function options(result: TrendOk, by: 'year' | 'month', width: number, colours: ChartColours): uPlot.Options {
  const axis = {
    stroke: colours.muted,
    grid: { stroke: colours.line, width: 1 },
    ticks: { stroke: colours.line, width: 1 },
    font: '12px system-ui, sans-serif',
  };
  return {
    width,
    height: HEIGHT,
    scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] } },
    series: [
      { label: by === 'year' ? 'Year' : 'Month', value: (_u, _v, _s, idx) => (idx === null ? '—' : (result.bins[idx] ?? '—')) },
      ...result.series.map((s, i) => ({
        label: seriesLabel(s),
        stroke: colours.series[i % colours.series.length],
        width: 2,
        points: { show: true, size: 6, fill: colours.series[i % colours.series.length] },
        value: (_u: uPlot, v: number, _s: number, idx: number | null) =>
          idx === null ? '—' : `${formatRate(v)} per 10k (${formatNumber(s.counts[idx] ?? 0)} ${s.counts[idx] === 1 ? 'time' : 'times'})`,
      })),
    ],
    axes: [
      { ...axis, stroke: colours.text },
      {
        ...axis,
        stroke: colours.text,
        label: 'per 10,000 words',
        labelFont: '12px system-ui, sans-serif',
        size: 56,
        values: (_u, values) => values.map((v) => formatNumber(v)),
      },
    ],
    cursor: { focus: { prox: 30 }, points: { size: 9 } },
    focus: { alpha: 0.35 },
    legend: { live: true },
  };
}

/** The series whose point at the period lies nearest the cursor (the click's height). */
function nearestSeries(u: uPlot, idx: number): number {
  let best = 0;
  let distance = Infinity;
  for (let i = 1; i < u.series.length; i++) {
    const value = u.data[i][idx];
    if (value === null || value === undefined) continue;
    const d = Math.abs(u.valToPos(value, 'y') - (u.cursor.top ?? 0));
    if (d < distance) {
      distance = d;
      best = i - 1;
    }
  }
  return best;
}

export function TrendChart({ result, by, onPoint, onChart }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const scheme = useScheme();
  const handlers = useRef({ onPoint, onChart });
  handlers.current = { onPoint, onChart };

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const colours = resolveColours(el);
    const data: uPlot.AlignedData = [result.bins.map(binTime), ...result.series.map((s) => s.per10k.map((v) => v ?? null))];
    const chart = new uPlot(options(result, by, Math.max(320, el.clientWidth), colours), data, el);
    handlers.current.onChart(chart, colours);
    const click = () => {
      const idx = chart.cursor.idx;
      if (idx !== null && idx !== undefined) handlers.current.onPoint(nearestSeries(chart, idx), idx);
    };
    chart.over.addEventListener('click', click);
    chart.over.title = 'Click a point to search its period';
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(320, el.clientWidth), height: HEIGHT }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.over.removeEventListener('click', click);
      chart.destroy();
      handlers.current.onChart(null, null);
    };
    // The scheme is a dependency so the chart is drawn again in the colours of the theme now in force.
  }, [result, by, scheme]);

  return <div ref={box} className="trend-chart" />;
}
