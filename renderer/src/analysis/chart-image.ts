/**
 * The trend as a PNG: uPlot's canvas (the lines and axes) on the theme's background, with a
 * heading and a key of the series drawn under it — the legend is HTML and not on the canvas —
 * and the source line, so the picture says what it shows wherever it is pasted.
 */
import type uPlot from 'uplot';
import type { ChartColours } from './theme-colours';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function chartPng(chart: uPlot, colours: ChartColours, heading: string, labels: string[], note: string): Promise<Blob | null> {
  const source = chart.ctx.canvas;
  const scale = source.width / chart.width || 1;
  const pad = 16 * scale;
  const line = 20 * scale;
  const canvas = document.createElement('canvas');
  canvas.width = source.width + pad * 2;
  canvas.height = source.height + pad * 2 + line * (2 + labels.length) + line;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.resolve(null);
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = colours.text;
  ctx.font = `600 ${14 * scale}px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(heading, pad, pad + line / 2);
  ctx.drawImage(source, pad, pad + line * 1.5);
  let y = pad + line * 1.5 + source.height + line;
  ctx.font = `${12 * scale}px ${FONT}`;
  labels.forEach((label, i) => {
    ctx.fillStyle = colours.series[i % colours.series.length];
    ctx.fillRect(pad, y - 2 * scale, 18 * scale, 4 * scale);
    ctx.fillStyle = colours.text;
    ctx.fillText(label, pad + 26 * scale, y);
    y += line;
  });
  ctx.fillStyle = colours.muted;
  ctx.fillText(note, pad, y);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
