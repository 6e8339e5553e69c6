/**
 * The trend as an SVG drawing, made from the numbers (not a copy of the canvas), so that it stays
 * sharp at any size and can be edited: the heading, the axes with their year or month ticks, one
 * group per series in the theme's series colours (a dot at each period, lines between them, broken
 * where nobody spoke in a period, as the canvas draws it), the key of the series and the source
 * line — what the PNG shows. Pure.
 */
import type { ChartColours } from './chart-colours';
import { binTime, type TrendOk } from './trend-model';

export interface TrendSvgOptions {
  by: 'year' | 'month';
  colours: ChartColours;
  heading: string;
  /** The series' names, in the order of result.series. */
  labels: string[];
  /** The line under the key: what the numbers are and where they come from. */
  note: string;
  width?: number;
}

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
const PLOT_HEIGHT = 300;
const LINE = 20;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Text and attribute values with XML's special characters escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** A round step giving about `count` intervals over `span`: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}

/** The ticks of the time axis: a label and its time (seconds), within [from, to]. */
export function timeTicks(from: string, to: string, by: 'year' | 'month'): { label: string; time: number }[] {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  const months = by === 'month' ? (ty - fy) * 12 + (tm - fm) : 0;
  if (by === 'month' && months <= 24) {
    const step = [1, 2, 3, 6].find((s) => months / s <= 12) ?? 6;
    const ticks: { label: string; time: number }[] = [];
    for (let i = 0; i <= months; i++) {
      const month = (fm - 1 + i) % 12;
      const year = fy + Math.floor((fm - 1 + i) / 12);
      if (month % step === 0) ticks.push({ label: `${MONTHS[month]} ${year}`, time: Date.UTC(year, month, 1) / 1000 });
    }
    return ticks;
  }
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => (ty - fy) / s <= 10) ?? 100;
  const first = by === 'month' && fm > 1 ? fy + 1 : fy;
  const ticks: { label: string; time: number }[] = [];
  for (let year = Math.ceil(first / step) * step; year <= ty; year += step)
    ticks.push({ label: String(year), time: Date.UTC(year, 0, 1) / 1000 });
  return ticks;
}

const num = (n: number): string => String(Math.round(n * 10) / 10);

/** The drawing, as the text of an SVG file. */
export function trendSvg(result: TrendOk, options: TrendSvgOptions): string {
  const { colours, by } = options;
  const width = options.width ?? 800;
  const pad = 16;
  const left = pad + 56;
  const right = width - pad;
  const top = pad + LINE * 1.5;
  const bottom = top + PLOT_HEIGHT;
  const height = bottom + 28 + LINE * (result.series.length + 1) + pad;
  const times = result.bins.map(binTime);
  const t0 = times[0] ?? 0;
  const t1 = times[times.length - 1] ?? t0;
  const x = (t: number): number => (t1 > t0 ? left + ((t - t0) / (t1 - t0)) * (right - left) : (left + right) / 2);
  const max = Math.max(0, ...result.series.flatMap((s) => s.per10k.map((v) => v ?? 0)));
  const yTop = max > 0 ? max * 1.1 : 1;
  const y = (v: number): number => bottom - (v / yTop) * PLOT_HEIGHT;
  const step = niceStep(yTop, 5);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) + (String(step).includes('.5') ? 1 : 0);

  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${num(height)}" viewBox="0 0 ${width} ${num(height)}" font-family="${FONT}" font-size="12">`,
    `<title>${escapeXml(options.heading)}</title>`,
    `<rect width="100%" height="100%" fill="${escapeXml(colours.background)}"/>`,
    `<text x="${pad}" y="${pad + LINE / 2}" dominant-baseline="middle" font-size="14" font-weight="600" fill="${escapeXml(colours.text)}">${escapeXml(options.heading)}</text>`,
    `<g class="y-axis" fill="${escapeXml(colours.text)}" stroke-width="1">`,
  ];
  for (let v = 0; v <= yTop + 1e-9; v += step) {
    const at = num(y(v));
    out.push(`<line x1="${left}" x2="${right}" y1="${at}" y2="${at}" stroke="${escapeXml(colours.line)}"/>`);
    out.push(`<text x="${left - 6}" y="${at}" text-anchor="end" dominant-baseline="middle">${v.toFixed(decimals)}</text>`);
  }
  const mid = num((top + bottom) / 2);
  out.push(`<text transform="translate(${pad + 8} ${mid}) rotate(-90)" text-anchor="middle">per 10,000 words</text>`, '</g>');
  out.push(`<g class="x-axis" fill="${escapeXml(colours.text)}" stroke="${escapeXml(colours.line)}" stroke-width="1">`);
  out.push(`<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}"/>`);
  for (const tick of timeTicks(result.bins[0] ?? '1970', result.bins[result.bins.length - 1] ?? '1970', by)) {
    if (tick.time < t0 || tick.time > t1) continue;
    const at = num(x(tick.time));
    out.push(`<line x1="${at}" x2="${at}" y1="${bottom}" y2="${bottom + 5}"/>`);
    out.push(`<text x="${at}" y="${bottom + 18}" text-anchor="middle" stroke="none">${escapeXml(tick.label)}</text>`);
  }
  out.push('</g>');
  result.series.forEach((s, i) => {
    const colour = escapeXml(colours.series[i % colours.series.length]);
    // A run of periods with a rate is one line; a period nobody spoke in breaks it, as on the canvas.
    const runs: number[][][] = [[]];
    s.per10k.forEach((v, bin) => {
      if (v === null || v === undefined) runs.push([]);
      else runs[runs.length - 1].push([x(times[bin]), y(v)]);
    });
    out.push(`<g class="series" fill="${colour}" stroke="${colour}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round">`);
    for (const run of runs.filter((r) => r.length > 1))
      out.push(`<polyline points="${run.map(([px, py]) => `${num(px)},${num(py)}`).join(' ')}" fill="none"/>`);
    for (const [px, py] of runs.flat()) out.push(`<circle cx="${num(px)}" cy="${num(py)}" r="2.5" stroke="none"/>`);
    out.push('</g>');
  });
  let ly = bottom + 28 + LINE / 2;
  out.push('<g class="legend">');
  options.labels.forEach((label, i) => {
    out.push(`<rect x="${pad}" y="${num(ly - 2)}" width="18" height="4" fill="${escapeXml(colours.series[i % colours.series.length])}"/>`);
    out.push(
      `<text x="${pad + 26}" y="${num(ly)}" dominant-baseline="middle" fill="${escapeXml(colours.text)}">${escapeXml(label)}</text>`,
    );
    ly += LINE;
  });
  out.push(
    `<text x="${pad}" y="${num(ly)}" dominant-baseline="middle" fill="${escapeXml(colours.muted)}">${escapeXml(options.note)}</text>`,
  );
  out.push('</g>', '</svg>');
  return `${out.join('\n')}\n`;
}
