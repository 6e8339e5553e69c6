/**
 * Word-level differences: Myers' O(ND) diff over token keys, after trimming the
 * common head and tail. Returns runs of equal / deleted / inserted text with the
 * original spelling (the right side's for equal runs).
 */
import type { Token } from './text';

export type DiffOp = 'equal' | 'delete' | 'insert';

export interface DiffSegment {
  op: DiffOp;
  text: string;
}

/** Edit script as [op, countA, countB] steps: equal advances both, delete A, insert B. */
type Step = { op: DiffOp; a: number; b: number };

/** Beyond this many edits, the middle is reported as one deletion and one insertion. */
const MAX_EDITS = 4000;

export function diffKeys(a: readonly string[], b: readonly string[]): Step[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const steps: Step[] = [];
  if (head) steps.push({ op: 'equal', a: head, b: head });
  steps.push(...myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail)));
  if (tail) steps.push({ op: 'equal', a: tail, b: tail });
  return merge(steps);
}

function merge(steps: Step[]): Step[] {
  const out: Step[] = [];
  for (const s of steps) {
    if (s.a === 0 && s.b === 0) continue;
    const last = out[out.length - 1];
    if (last && last.op === s.op) {
      last.a += s.a;
      last.b += s.b;
    } else out.push({ ...s });
  }
  return out;
}

function myers(a: readonly string[], b: readonly string[]): Step[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 && m === 0) return [];
  if (n === 0) return [{ op: 'insert', a: 0, b: m }];
  if (m === 0) return [{ op: 'delete', a: n, b: 0 }];
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v;
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
    if (found >= 0) break;
  }
  if (found < 0)
    return [
      { op: 'delete', a: n, b: 0 },
      { op: 'insert', a: 0, b: m },
    ];
  // Walk back through the trace.
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && prev[offset + k - 1] < prev[offset + k + 1]);
    const pk = down ? k + 1 : k - 1;
    const px = prev[offset + pk];
    const py = px - pk;
    const sx = down ? px : px + 1;
    if (x > sx) steps.push({ op: 'equal', a: x - sx, b: x - sx });
    steps.push(down ? { op: 'insert', a: 0, b: 1 } : { op: 'delete', a: 1, b: 0 });
    x = px;
    y = py;
  }
  if (x > 0) steps.push({ op: 'equal', a: x, b: x });
  return steps.reverse();
}

/** The text of tokens [from, to) of `text`, with the space before each token but the first kept. */
function slice(text: string, tokens: Token[], from: number, to: number, leading: boolean): string {
  if (from >= to) return '';
  const start = leading && from > 0 ? tokens[from - 1].end : tokens[from].start;
  return text.slice(start, tokens[to - 1].end);
}

/** Word-level differences between two texts already cut into tokens. */
export function diffTokens(aText: string, aTokens: Token[], bText: string, bTokens: Token[]): DiffSegment[] {
  // Exact spelling (case included): a version diff must show every change.
  const steps = diffKeys(
    aTokens.map((t) => aText.slice(t.start, t.end)),
    bTokens.map((t) => bText.slice(t.start, t.end)),
  );
  const out: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  for (const s of steps) {
    if (s.op === 'equal') out.push({ op: 'equal', text: slice(bText, bTokens, j, j + s.b, out.length > 0) });
    else if (s.op === 'delete') out.push({ op: 'delete', text: slice(aText, aTokens, i, i + s.a, out.length > 0) });
    else out.push({ op: 'insert', text: slice(bText, bTokens, j, j + s.b, out.length > 0) });
    i += s.a;
    j += s.b;
  }
  return out;
}
