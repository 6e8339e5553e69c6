/**
 * The query worker: answers searches, suggestions, comparisons, "similar passages" and the
 * research desk's questions (answers.ts) on its own archive connection in a worker thread, so
 * slow work over a large archive never blocks the main process. It sees the import's writes
 * through SQLite (the search engine checks data_version before each query; the
 * similar-passages index rebuilds when the turns change). While no question comes it reads ahead
 * the archive's word frequencies that comparisons weigh words by, and merges the search index
 * (archive/search/tidy.ts), both in small steps that give way to the next question.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Archive } from '../archive/archive';
import { QueryAnswers } from './answers';
import type { QueryJob, QueryMessage, QueryReply } from './protocol';

const port = parentPort;
if (!port) throw new Error('query-worker must run in a worker thread');

const job = workerData as QueryJob;
const archive = Archive.open(job.archivePath, job.nativeBinding ? { nativeBinding: job.nativeBinding } : {});
const cancelled = job.cancelled ? new Int32Array(job.cancelled) : null;
const answers = new QueryAnswers(archive);

/** Quiet time before work ahead starts, and between looks at whether there is some (an import elsewhere makes more). */
const IDLE_MS = 1500;
const LOOK_AGAIN_MS = 60_000;
let running = 0;
let lastAnswer = Date.now();
let timer: NodeJS.Timeout | null = null;
/** The comparisons' reading ahead is done for this quiet spell (asked again after a question or at the next look). */
let readAhead = false;

function workLater(delay: number): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(workWhenIdle, delay);
  timer.unref();
}

function workWhenIdle(): void {
  timer = null;
  const quiet = Date.now() - lastAnswer;
  if (running > 0 || quiet < IDLE_MS) return workLater(IDLE_MS - Math.min(quiet, IDLE_MS) + 1);
  let step: ReturnType<typeof archive.search.tidy>;
  try {
    // First what makes the next comparison quick, then the index. Each warm() checks whether the
    // archive changed, so it is asked until it is done, not again before every merging step.
    readAhead ||= answers.warm();
    step = readAhead ? archive.search.tidy() : 'merged';
  } catch {
    // Work ahead is only an optimisation: a failure leaves the archive as it was; the question that needs it does it.
    return workLater(LOOK_AGAIN_MS);
  }
  // Between steps the event loop runs: a question that came meanwhile is answered first.
  if (step !== 'merged') readAhead = false;
  workLater(step === 'merged' ? 0 : step === 'busy' ? IDLE_MS : LOOK_AGAIN_MS);
}

port.on('message', (message: QueryMessage) => {
  const options = { cancelled: () => cancelled !== null && Atomics.load(cancelled, 0) === message.id };
  running++;
  const settle = (): void => {
    running--;
    lastAnswer = Date.now();
    readAhead = false;
    workLater(IDLE_MS);
  };
  answers.answer(message.kind, message.request, options).then(
    (value) => {
      settle();
      port.postMessage({ id: message.id, ok: true, value } satisfies QueryReply);
    },
    (error: unknown) => {
      settle();
      port.postMessage({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies QueryReply);
    },
  );
});

workLater(IDLE_MS);
