import { Worker } from 'node:worker_threads';
import type { ImportProgress, ImportReport } from '../../shared/contract/api';
import { emptyReport, type ImportOptions } from './importer';
import type { ClientMessage, ImportJob, ReportDelta, WorkerMessage } from './worker-protocol';

export interface WorkerImportOptions extends Pick<ImportOptions, 'mapping' | 'signal'> {
  onProgress?: (progress: ImportProgress) => void;
  nativeBinding?: string;
  /** How long reading one file may take before the worker is stopped (default FILE_BUDGET_MS). */
  fileBudgetMs?: number;
  /** How long a cancel may go unanswered before the worker is stopped (default CANCEL_GRACE_MS). */
  cancelGraceMs?: number;
}

/** Reading one file (between two progress messages, writes not counted) may take this long. */
export const FILE_BUDGET_MS = 60_000;
/** A worker that does not answer a cancel within this is stopped; one that answered has five times as long to finish. */
export const CANCEL_GRACE_MS = 2_000;
/** After this many stopped files the import ends instead of starting another worker. */
export const MAX_STOPPED_FILES = 10;
/** The worker's heap, at most: a file that needs more fails alone instead of taking the app down. */
const WORKER_HEAP_MB = 2048;

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(1)).toLocaleString('en')} s`;

/**
 * Runs an import in a worker thread (built from main/importer/worker.ts) and
 * resolves with its report. Aborting the signal asks the worker to stop before
 * its next file; what it committed stays. A watchdog stops the worker when one
 * file takes longer than the budget, or a cancel goes unanswered: the file is
 * reported as failed, the report keeps everything the worker had committed
 * (only its uncommitted group is lost), and a new worker goes on with the rest
 * of the batch, skipping what was already reported.
 */
export function importInWorker(
  workerScript: string,
  archivePath: string,
  paths: string[],
  options: WorkerImportOptions = {},
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    new WorkerImport(
      workerScript,
      { archivePath, paths, mapping: options.mapping, nativeBinding: options.nativeBinding },
      options,
      resolve,
      reject,
    ).start();
  });
}

type Phase = 'starting' | 'reading' | 'writing';

class WorkerImport {
  private readonly fileBudget: number;
  private readonly cancelGrace: number;
  /** What stopped workers had reported (and committed). */
  private readonly carried = emptyReport();
  /** What the running worker has reported so far. */
  private current = emptyReport();
  private readonly stopped: string[] = [];
  private worker: Worker | null = null;
  private phase: Phase = 'starting';
  private currentFile: string | null = null;
  private cancelAcknowledged = false;
  private settled = false;
  private fileTimer: NodeJS.Timeout | undefined;
  private cancelTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly script: string,
    private readonly job: ImportJob,
    private readonly options: WorkerImportOptions,
    private readonly resolve: (report: ImportReport) => void,
    private readonly reject: (error: Error) => void,
  ) {
    this.fileBudget = options.fileBudgetMs ?? FILE_BUDGET_MS;
    this.cancelGrace = options.cancelGraceMs ?? CANCEL_GRACE_MS;
  }

  private readonly onAbort = (): void => {
    this.send({ type: 'cancel' });
    if (this.phase !== 'writing') this.armCancelTimer();
  };

  start(): void {
    this.options.signal?.addEventListener('abort', this.onAbort, { once: true });
    this.spawn();
    if (this.options.signal?.aborted) this.onAbort();
  }

  private spawn(): void {
    const job: ImportJob = this.stopped.length ? { ...this.job, alreadyReported: this.reportedPaths() } : this.job;
    const worker = new Worker(this.script, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.worker = worker;
    this.phase = 'starting';
    this.currentFile = null;
    this.cancelAcknowledged = false;
    const live = (): boolean => this.worker === worker && !this.settled;
    worker.on('message', (message: WorkerMessage) => {
      if (live()) this.receive(message);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (!live()) return;
      if (this.phase === 'starting') this.fail(`The import stopped: ${error.message}`);
      else if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        this.stopFile('Reading this file needed more memory than Verbatim allows an import; it was stopped.', 'it ran out of memory');
      else this.stopFile(`The import failed while reading this file (${error.message}); it was stopped.`, error.message);
    });
    worker.on('exit', (code) => {
      if (!live()) return;
      if (this.phase === 'starting') this.fail(`The import worker exited unexpectedly (code ${code}).`);
      else
        this.stopFile(
          `The import failed while reading this file (the worker exited with code ${code}); it was stopped.`,
          `the worker exited with code ${code}`,
        );
    });
  }

  private receive(message: WorkerMessage): void {
    switch (message.type) {
      case 'started':
        this.phase = 'reading';
        break;
      case 'progress':
        this.phase = 'reading';
        this.add(this.current, message.added);
        this.currentFile = message.progress.currentFile;
        this.armFileTimer();
        this.options.onProgress?.({ ...message.progress, documents: message.progress.documents + this.carried.documents.length });
        break;
      case 'writing':
        this.phase = 'writing';
        clearTimeout(this.fileTimer);
        clearTimeout(this.cancelTimer);
        break;
      case 'written':
        this.phase = 'reading';
        this.armFileTimer();
        if (this.options.signal?.aborted) this.armCancelTimer();
        break;
      case 'cancelling':
        // It stops before its next file; it may still be waiting on the disk (a network share), so it gets a while longer, not forever.
        this.cancelAcknowledged = true;
        this.armCancelTimer();
        break;
      case 'done':
        this.finish(this.stopped.length ? this.merged(message.report) : message.report);
        break;
      case 'error':
        this.fail(`The import stopped: ${message.message}`);
        break;
    }
  }

  private armFileTimer(): void {
    clearTimeout(this.fileTimer);
    if (this.currentFile === null) return;
    this.fileTimer = setTimeout(
      () =>
        this.stopFile(
          `Reading this file took longer than ${seconds(this.fileBudget)}; it was stopped.`,
          `a file took longer than ${seconds(this.fileBudget)}`,
        ),
      this.fileBudget,
    );
  }

  private armCancelTimer(): void {
    clearTimeout(this.cancelTimer);
    this.cancelTimer = setTimeout(
      () => this.stopFile('The import was cancelled while this file was being read; it was not imported.', 'cancelled'),
      this.cancelAcknowledged ? this.cancelGrace * 5 : this.cancelGrace,
    );
  }

  /**
   * Stops the worker, stuck on (or failed in) the current file; reports the
   * file with `reason` and goes on with a new worker, unless cancelled, or too
   * many files were stopped, or no file is to blame (`detail` says what happened).
   */
  private stopFile(reason: string, detail: string): void {
    const file = this.phase === 'writing' ? null : this.currentFile;
    this.retireWorker();
    this.add(this.carried, this.current, true);
    this.current = emptyReport();
    const known = file !== null && !this.stopped.includes(file);
    if (known) {
      this.carried.failed.push({ path: file, error: reason });
      this.stopped.push(file);
    }
    if (this.options.signal?.aborted) {
      this.carried.cancelled = true;
      this.finish(this.carried);
    } else if (!known || this.stopped.length >= MAX_STOPPED_FILES) {
      const why = known
        ? `The import was stopped after ${this.stopped.length} files it could not finish reading.`
        : `The import was stopped (${detail}).`;
      for (const path of this.job.paths)
        this.carried.failed.push({
          path,
          error: `${why} Files from here that this report does not list were not imported; import them again.`,
        });
      this.finish(this.carried);
    } else {
      this.spawn();
    }
  }

  /** Paths the next worker must not read again: everything reported, except zip files it must still open for their remaining entries. */
  private reportedPaths(): string[] {
    const report = this.carried;
    const paths = new Set<string>([...report.documents, ...report.failed, ...report.skipped].map((item) => item.path));
    for (const path of paths) if (/\.zip$/i.test(path)) paths.delete(path);
    for (const path of this.stopped) paths.add(path);
    return [...paths];
  }

  /** Adds what a worker reported; `fresh` leaves out failures, skips and warnings already in `into` (a new worker repeats walk and zip messages). */
  private add(into: ImportReport, from: ReportDelta | ImportReport, fresh = false): void {
    const key = (path: string, text: string): string => `${path}\n${text}`;
    const known = fresh
      ? new Set([
          ...into.failed.map((f) => key(f.path, f.error)),
          ...into.skipped.map((s) => key(s.path, s.reason)),
          ...into.warnings.map((w) => key(w.path, w.message)),
        ])
      : null;
    const isNew = (path: string, text: string): boolean => !known?.has(key(path, text));
    // Loops, not push(...list): a list of 100,000 items is too many arguments for one call.
    for (const item of from.failed) if (isNew(item.path, item.error)) into.failed.push(item);
    for (const item of from.skipped) if (isNew(item.path, item.reason)) into.skipped.push(item);
    for (const item of from.warnings) if (isNew(item.path, item.message)) into.warnings.push(item);
    for (const doc of from.documents) {
      into.documents.push(doc);
      into[doc.status] += 1;
    }
  }

  private merged(last: ImportReport): ImportReport {
    this.add(this.carried, last, true);
    this.carried.cancelled = last.cancelled;
    return this.carried;
  }

  private send(message: ClientMessage): void {
    this.worker?.postMessage(message);
  }

  private retireWorker(): void {
    clearTimeout(this.fileTimer);
    clearTimeout(this.cancelTimer);
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
  }

  private finish(report: ImportReport): void {
    if (this.settled) return;
    this.retireWorker();
    this.settled = true;
    this.options.signal?.removeEventListener('abort', this.onAbort);
    this.resolve(report);
  }

  private fail(message: string): void {
    if (this.settled) return;
    this.retireWorker();
    this.settled = true;
    this.options.signal?.removeEventListener('abort', this.onAbort);
    this.reject(new Error(message));
  }
}
