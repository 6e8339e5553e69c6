/**
 * npm run bench:labels -- [bulk-html-folder] [--miller folder] [--only dev,bulk,miller] [--failures N] [--sample N] [--show-held-out]
 *
 * How often plain-text reading gets a document's speaker labels exactly right: the share of
 * documents whose text parse has the same sequence of labels (speaker of every labelled turn,
 * in order) as the ground truth.
 * (a) dev sample: every copied page in tests/fixtures/kremlin_en_txt (single pages, joined
 *     pages, the CRLF copy) against the parse of its saved HTML (the HTML is right).
 * (b) bulk: each saved page of the bulk corpus rendered to the copied-text form in Chromium
 *     (JavaScript and network off, tooltip cards emptied, the slider's "N of M" counter and
 *     caption written as the site's script writes them, innerText of article.read__in, NBSP
 *     as space, lines trimmed) and parsed as text, against the parse of the same HTML.
 *     Before it is trusted, the rendering must reproduce the 45 dev copies from their HTML.
 *     Rendered text is cached under $TMPDIR/verbatim-bench/labels-rendered-v1.
 *     Pages are split by id: even ids are the half to develop on, odd ids the held-out half
 *     (its failures are listed only with --show-held-out).
 * (c) Miller Center transcripts: no ground truth. Prints label counts, the labels taken, and a
 *     sample of paragraphs that open like a label but were not taken, for reading by eye.
 */
import { documentsOf } from '../main/import/types';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseKremlinHtml } from '../main/import/kremlin-html';
import { parseKremlinText } from '../main/import/kremlin-text';
import { explainPlainText } from '../main/import/plain-text';
import type { ParsedDocument } from '../main/import/types';
import { bulkHtmlFolder } from './corpus';

/** The bundle runs from out/bench. */
const FIXTURES = join(__dirname, '..', '..', 'tests', 'fixtures');
const CACHE = join(tmpdir(), 'verbatim-bench', 'labels-rendered-v1');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface Options {
  bulk?: string;
  miller?: string;
  only: Set<string>;
  failures: number;
  sample: number;
  showHeldOut: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { only: new Set(['dev', 'bulk', 'miller']), failures: 15, sample: 25, showHeldOut: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--miller') options.miller = argv[++i];
    else if (arg === '--only') options.only = new Set(argv[++i].split(','));
    else if (arg === '--failures') options.failures = Number(argv[++i]);
    else if (arg === '--sample') options.sample = Number(argv[++i]);
    else if (arg === '--show-held-out') options.showHeldOut = true;
    else options.bulk = arg;
  }
  return options;
}

/** The labels of a document in order: the speaker of every labelled turn. */
export function labelSequence(doc: ParsedDocument): string[] {
  return doc.turns.filter((t) => t.speaker !== null).map((t) => t.speaker as string);
}

function htmlDocument(html: string): ParsedDocument | null {
  const outcome = parseKremlinHtml(html);
  return outcome.kind === 'documents' && outcome.documents.length > 0 ? outcome.documents[0] : null;
}

/** Labels missed (in the truth only) and invented (in the text parse only), by longest common subsequence. */
function difference(truth: string[], got: string[]): { missed: string[]; invented: string[] } {
  const n = truth.length;
  const m = got.length;
  if (n * m > 4_000_000) return { missed: truth, invented: got };
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i][j] = truth[i] === got[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const missed: string[] = [];
  const invented: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (truth[i] === got[j]) {
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) missed.push(truth[i++]);
    else invented.push(got[j++]);
  }
  missed.push(...truth.slice(i));
  invented.push(...got.slice(j));
  return { missed, invented };
}

interface Tally {
  name: string;
  total: number;
  exact: number;
  failures: { id: string; missed: string[]; invented: string[] }[];
}

function tally(name: string): Tally {
  return { name, total: 0, exact: 0, failures: [] };
}

function check(t: Tally, id: string, truth: string[], got: string[]): void {
  t.total++;
  if (truth.length === got.length && truth.every((label, k) => label === got[k])) t.exact++;
  else t.failures.push({ id, ...difference(truth, got) });
}

const short = (s: string): string => (s.length > 90 ? `${s.slice(0, 87)}…` : s);

function report(t: Tally, failures: number): void {
  const rate = t.total === 0 ? 0 : (100 * t.exact) / t.total;
  console.log(`${t.name.padEnd(34)} ${String(t.exact).padStart(5)} / ${String(t.total).padEnd(5)} exact  ${rate.toFixed(2).padStart(6)}%`);
  for (const f of t.failures.slice(0, failures)) {
    console.log(`    ${f.id}: missed ${f.missed.length}, invented ${f.invented.length}`);
    for (const label of f.missed.slice(0, 3)) console.log(`      - ${short(label)}`);
    for (const label of f.invented.slice(0, 3)) console.log(`      + ${short(label)}`);
  }
  if (failures > 0 && t.failures.length > failures) console.log(`    … ${t.failures.length - failures} more`);
}

/** (a) The dev copies against their saved HTML. */
function devSample(failures: number): void {
  const htmlDir = join(FIXTURES, 'kremlin_en_html');
  const textDir = join(FIXTURES, 'kremlin_en_txt');
  const all = tally('dev copies (all)');
  for (const name of readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const ids = name.match(/\d{3,}/g) ?? [];
    const docs = documentsOf(parseKremlinText(readFileSync(join(textDir, name), 'utf8')));
    ids.forEach((id, k) => {
      const truth = htmlDocument(readFileSync(join(htmlDir, `${id}.html`), 'utf8'));
      if (!truth) return;
      const doc = docs[k];
      check(all, ids.length > 1 ? `${name}#${k + 1}` : name, labelSequence(truth), doc ? labelSequence(doc) : []);
    });
  }
  report(all, failures);
}

// ---- (b) rendering saved pages to the copied-text form ----

/**
 * Runs in the page (a string, so it is sent as written): what the site's CSS and script
 * would show, then the article's text. The tooltip card is a block whose text is hidden:
 * the copy breaks the line there. The slider's caption gets "N of M" and the starting
 * slide's description, as the site's script writes them.
 */
const PAGE_TEXT = `(() => {
  const style = document.createElement('style');
  style.textContent = 'span.read__tooltip{display:block !important} .print_link_wrap{display:none !important}';
  document.head.appendChild(style);
  for (const card of document.querySelectorAll('span.read__tooltip')) card.textContent = '';
  for (const slider of document.querySelectorAll('.slider')) {
    const slides = slider.querySelectorAll('.slide');
    const start = Number(slider.querySelector('.slider__slides')?.getAttribute('data-cycle-starting-slide') ?? 0);
    const caption = slider.querySelector('.slider_caption');
    const slide = slides[start] ?? slides[0];
    if (!caption || !slide) continue;
    const counter = document.createElement('div');
    counter.textContent = (start + 1) + ' of ' + slides.length;
    const description = document.createElement('div');
    description.textContent = slide.getAttribute('data-cycle-desc') ?? '';
    caption.replaceChildren(counter, description);
  }
  const article = document.querySelector('article.read__in');
  return article ? article.innerText : '';
})()`;

function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** Renders the pages not yet in the cache; returns id -> cached text path. */
async function render(files: string[], cacheDir: string): Promise<Map<string, string>> {
  mkdirSync(cacheDir, { recursive: true });
  const out = new Map<string, string>();
  const todo: string[] = [];
  for (const file of files) {
    const id = basename(file, '.html');
    const cached = join(cacheDir, `${id}.txt`);
    out.set(id, cached);
    if (!existsSync(cached)) todo.push(file);
  }
  if (todo.length === 0) return out;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    const started = performance.now();
    for (let k = 0; k < todo.length; k++) {
      await page.setContent(readFileSync(todo[k], 'utf8'), { waitUntil: 'domcontentloaded' });
      const text = tidy(String(await page.evaluate(PAGE_TEXT)));
      writeFileSync(join(cacheDir, `${basename(todo[k], '.html')}.txt`), text);
      if ((k + 1) % 500 === 0)
        process.stderr.write(`  rendered ${k + 1} / ${todo.length} (${((performance.now() - started) / (k + 1)).toFixed(0)} ms a page)\n`);
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** The rendering must give the dev copies back from their HTML before it stands in for copies. */
async function checkRendering(): Promise<boolean> {
  const htmlDir = join(FIXTURES, 'kremlin_en_html');
  const files = readdirSync(htmlDir)
    .filter((f) => /^\d+\.html$/.test(f))
    .map((f) => join(htmlDir, f));
  const rendered = await render(files, join(CACHE, 'dev'));
  let same = 0;
  const differing: string[] = [];
  for (const [id, path] of rendered) {
    const copy = readFileSync(join(FIXTURES, 'kremlin_en_txt', `${id}.txt`), 'utf8');
    if (readFileSync(path, 'utf8') === copy) same++;
    else differing.push(id);
  }
  console.log(
    `rendering check: ${same} / ${rendered.size} dev pages rendered byte for byte as their copies${differing.length ? ` (differ: ${differing.join(', ')})` : ''}`,
  );
  return same >= rendered.size - 1;
}

async function bulk(folder: string, failures: number, options: { showHeldOut: boolean }): Promise<void> {
  if (!(await checkRendering())) {
    console.log('bulk: skipped, the rendering does not reproduce the copies');
    return;
  }
  const files = readdirSync(folder)
    .filter((f) => /^\d+\.html$/.test(f))
    .sort()
    .map((f) => join(folder, f));
  const rendered = await render(files, join(CACHE, 'bulk'));
  const halves = [tally('bulk, even ids (develop)'), tally('bulk, odd ids (held out)')];
  const labelled = [tally('  of which with labels, even'), tally('  of which with labels, odd')];
  let parseMs = 0;
  for (const file of files) {
    const id = basename(file, '.html');
    const truthDoc = htmlDocument(readFileSync(file, 'utf8'));
    if (!truthDoc) continue;
    const copy = readFileSync(rendered.get(id) as string, 'utf8');
    const before = performance.now();
    const [doc] = documentsOf(parseKremlinText(copy));
    parseMs += performance.now() - before;
    const truth = labelSequence(truthDoc);
    const got = doc ? labelSequence(doc) : [];
    const half = Number(id) % 2;
    check(halves[half], id, truth, got);
    if (truth.length > 0) check(labelled[half], id, truth, got);
  }
  // The held-out half's failures are listed only on request, so no rule is tuned to them.
  report(halves[0], failures);
  report(labelled[0], 0);
  report(halves[1], options.showHeldOut ? failures : 0);
  report(labelled[1], 0);
  console.log(`text parse of the ${files.length} rendered copies: ${(parseMs / 1000).toFixed(2)} s`);
}

// ---- (c) Miller Center ----

function millerFolder(given?: string): string {
  if (given) return resolve(given);
  if (process.env.VERBATIM_BULK_MILLER) return resolve(process.env.VERBATIM_BULK_MILLER);
  const archive = resolve(
    process.env.VERBATIM_BULK ?? join(__dirname, '..', '..', '..', 'shared', 'corpus', 'bulk'),
    'miller_center_txt.tar.zst',
  );
  const target = join(tmpdir(), 'verbatim-bench', 'miller');
  if (!existsSync(target) || readdirSync(target).length === 0) {
    if (!existsSync(archive)) throw new Error(`No Miller Center corpus: give --miller FOLDER or set VERBATIM_BULK (looked for ${archive})`);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-I', 'zstd', '-xf', archive, '-C', target]);
  }
  const inner = join(target, 'miller_center_txt');
  return existsSync(inner) ? inner : target;
}

/**
 * Opens like a speaker label, for the eye: a few capitalised words (or capitals) and a colon, or
 * capitals or a titled name and a period ("THE PRESIDENT.", "The Attorney General.", "John
 * Mashek."). Abbreviations ("Mr.", "Sec.") and enumerations ("First.", "IV.") are left out.
 */
const NEAR_LABEL_COLON =
  /^((?:[A-Z][\w.'’-]*|of|the|and|de|van|von)(?: (?:[A-Z][\w.'’-]*|of|the|and|de|van|von)){0,7})(?:\s*\([^()]{1,60}\))?:\s/;
const NEAR_LABEL_PERIOD =
  /^((?:[A-Z][A-Z'’-]+\.?)(?: [A-Z][A-Z'’-]+\.?){0,4}|(?:The|Mr\.|Mrs\.|Ms\.|Dr\.|President|Governor|Senator|Secretary) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z'’-]+)\.\s/;
const ENUMERATION = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[ivxlc]+|sec|art|no|one|two|three)$/i;

function isNearLabel(paragraph: string): boolean {
  const m = NEAR_LABEL_COLON.exec(paragraph) ?? NEAR_LABEL_PERIOD.exec(paragraph);
  if (!m) return false;
  const head = m[1].replace(/\.$/, '');
  return !ENUMERATION.test(head) && !/^(Mr|Mrs|Ms|Dr|St|Sec|Gen|Gov|Sen|Rep|No)$/.test(head);
}

/** A stable pseudo-random order, so two runs show the same sample. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Miller Center files split like the bulk pages: the day of the month in the name, even to develop on, odd held out. */
function millerHalf(name: string): number {
  const m = /^\d{4}-\d{2}-(\d{2})/.exec(name);
  return m ? Number(m[1]) % 2 : 1;
}

interface MillerTally {
  documents: number;
  dialogues: string[];
  turns: number;
  labels: Map<string, number>;
  taken: string[];
  refused: string[];
  unread: string[];
}

function miller(folder: string, sample: number, showHeldOut: boolean): void {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const halves: MillerTally[] = [0, 1].map(() => ({
    documents: 0,
    dialogues: [],
    turns: 0,
    labels: new Map(),
    taken: [],
    refused: [],
    unread: [],
  }));
  let parseMs = 0;
  for (const name of files) {
    const text = readFileSync(join(folder, name), 'utf8');
    const before = performance.now();
    const [explained] = explainPlainText(text, name);
    parseMs += performance.now() - before;
    if (!explained) continue;
    const t = halves[millerHalf(name)];
    const doc = explained.document;
    t.documents++;
    const counts = new Map<string, number>();
    for (const decision of explained.labels) {
      const line = `${name}: ${short(decision.line)}  [${decision.reasons.join('; ')}]`;
      if (decision.verdict === 'label') {
        t.turns++;
        t.labels.set(decision.label, (t.labels.get(decision.label) ?? 0) + 1);
        counts.set(decision.label, (counts.get(decision.label) ?? 0) + 1);
        t.taken.push(line);
      } else t.refused.push(line);
    }
    if (counts.size > 0) t.dialogues.push(`${name}: ${[...counts.entries()].map(([l, n]) => `${l} ${n}`).join(', ')}`);
    const opened = new Set(explained.labels.map((d) => d.line));
    for (const turn of doc.turns)
      for (const p of turn.paragraphs) if (isNearLabel(p) && !opened.has(p)) t.unread.push(`${name}: ${short(p)}`);
  }
  const pick = (lines: string[]): string[] => [...lines].sort((a, b) => hash(a) - hash(b)).slice(0, sample);
  halves.forEach((t, half) => {
    const name = half === 0 ? 'even days (develop)' : 'odd days (held out)';
    console.log(
      `Miller Center, ${name}: ${t.documents} transcripts, ${t.dialogues.length} read as dialogues, ${t.turns} labelled turns, ${t.labels.size} distinct labels, ${t.refused.length} candidates refused`,
    );
    const top = [...t.labels.entries()].sort((a, b) => b[1] - a[1]);
    console.log(
      `  most frequent labels: ${top
        .slice(0, 25)
        .map(([l, n]) => `${l} (${n})`)
        .join(', ')}`,
    );
    if (half === 1 && !showHeldOut) return;
    console.log(`  dialogues:`);
    for (const line of t.dialogues) console.log(`    ${short(line)}`);
    console.log(`  sample of labels taken, with why (${t.taken.length}):`);
    for (const line of pick(t.taken)) console.log(`    ${line}`);
    console.log(`  candidates refused, with why (${t.refused.length}), a sample:`);
    for (const line of pick(t.refused)) console.log(`    ${line}`);
    console.log(`  paragraphs that open like a label but were not read as one (${t.unread.length}), a sample:`);
    for (const line of pick(t.unread)) console.log(`    ${line}`);
  });
  console.log(`Miller Center parse: ${(parseMs / 1000).toFixed(2)} s for ${files.length} files`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  if (options.only.has('dev')) devSample(options.failures);
  if (options.only.has('bulk')) await bulk(bulkHtmlFolder(options.bulk), options.failures, options);
  if (options.only.has('miller')) miller(millerFolder(options.miller), options.sample, options.showHeldOut);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
