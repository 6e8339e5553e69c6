import { Worker } from 'node:worker_threads';
import { POLICIES, Superseded, type KindPolicy, type Policies } from './policy';
import type { QueryJob, QueryKind, QueryKinds, QueryReply } from './protocol';

interface Job {
  id: number;
  kind: QueryKind;
  request: unknown;
  /** Settles the caller's promise once; later calls do nothing. */
  resolve(value: unknown): void;
  reject(error: Error): void;
  startedAt: number;
  timers: ReturnType<typeof setTimeout>[];
}

export interface QueryWorkerOptions {
  /** Overrides of the per-kind policies (policy.ts), e.g. shorter budgets in tests. */
  policies?: { [K in QueryKind]?: Partial<KindPolicy<K>> };
}

/**
 * Sends read-only questions (search, suggest, compare, similar) to the query worker thread
 * (built from main/query/worker.ts), one at a time. A newer question supersedes an older one
 * of the same kind: a waiting one is rejected with Superseded and never sent; a running one is
 * rejected at once and its answer dropped, the worker is told through shared memory (a search
 * stops at its next statement), and when its kind allows (policy.ts) the worker is restarted if
 * it still runs, so typing never queues behind a slow search. A question that runs past its
 * kind's budget is answered with a message and the worker restarted.
 */
export class QueryWorker {
  private worker: Worker | null = null;
  /** Shared with the running worker: the id of the running question the caller no longer wants. */
  private cancelled = new Int32Array(new SharedArrayBuffer(4));
  private running: Job | null = null;
  private readonly queue: Job[] = [];
  private next = 1;
  private readonly policies: Policies;

  constructor(
    private readonly script: string,
    private readonly archivePath: string,
    private readonly nativeBinding?: string,
    options: QueryWorkerOptions = {},
  ) {
    const given = options.policies ?? {};
    this.policies = {
      search: { ...POLICIES.search, ...given.search },
      suggest: { ...POLICIES.suggest, ...given.suggest },
      compare: { ...POLICIES.compare, ...given.compare },
      similar: { ...POLICIES.similar, ...given.similar },
      kwic: { ...POLICIES.kwic, ...given.kwic },
      trend: { ...POLICIES.trend, ...given.trend },
      speakers: { ...POLICIES.speakers, ...given.speakers },
      collocates: { ...POLICIES.collocates, ...given.collocates },
      person: { ...POLICIES.person, ...given.person },
      cite: { ...POLICIES.cite, ...given.cite },
      citeMany: { ...POLICIES.citeMany, ...given.citeMany },
    };
  }

  private policy(kind: QueryKind): KindPolicy<QueryKind> {
    return this.policies[kind] as KindPolicy<QueryKind>;
  }

  /** The running worker, started again if it died (out of memory on a huge archive, a crash) or was restarted. */
  private current(): Worker {
    if (this.worker) return this.worker;
    this.cancelled = new Int32Array(new SharedArrayBuffer(4));
    const job: QueryJob = {
      archivePath: this.archivePath,
      nativeBinding: this.nativeBinding,
      cancelled: this.cancelled.buffer as SharedArrayBuffer,
    };
    const worker = new Worker(this.script, { workerData: job });
    worker.on('message', (reply: QueryReply) => {
      const job = this.running;
      if (this.worker !== worker || !job || job.id !== reply.id) return;
      this.finish(job);
      if (reply.ok) job.resolve(reply.value);
      else job.reject(new Error(reply.error));
      this.pump();
    });
    const fail = (error: Error): void => {
      if (this.worker !== worker) return; // a worker already replaced
      this.worker = null;
      const job = this.running;
      if (job) {
        this.finish(job);
        job.reject(new Error(`The query stopped: ${error.message}. Try again.`));
      }
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the query worker exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }

  /**
   * Starts the worker before the first question (the app does at launch): opening the archive
   * in a new thread takes a few hundred milliseconds, and an idle worker reads ahead what
   * comparisons need and tidies the search index (worker.ts).
   */
  start(): void {
    this.current();
  }

  ask<K extends QueryKind>(kind: K, request: QueryKinds[K]['request']): Promise<QueryKinds[K]['answer']> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const job: Job = {
        id: this.next++,
        kind,
        request,
        resolve: (value) => {
          if (settled) return;
          settled = true;
          resolve(value as QueryKinds[K]['answer']);
        },
        reject: (error) => {
          if (settled) return;
          settled = true;
          reject(error);
        },
        startedAt: 0,
        timers: [],
      };
      const noun = this.policy(kind).noun;
      for (let i = this.queue.length - 1; i >= 0; i--) {
        if (this.queue[i].kind === kind) this.queue.splice(i, 1)[0].reject(new Superseded(noun));
      }
      if (this.running?.kind === kind) this.supersede(this.running);
      this.queue.push(job);
      this.pump();
    });
  }

  /** Sends the next waiting question when the worker is free. */
  private pump(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) return;
    let worker: Worker;
    try {
      worker = this.current();
    } catch (error) {
      job.reject(new Error(`The query worker could not start: ${(error as Error).message}.`));
      this.pump();
      return;
    }
    this.running = job;
    job.startedAt = performance.now();
    const { budgetMs } = this.policy(job.kind);
    if (budgetMs !== null) job.timers.push(timer(() => this.overBudget(job, budgetMs), budgetMs));
    worker.postMessage({ id: job.id, kind: job.kind, request: job.request });
  }

  /**
   * The running question is replaced: its caller hears so now; the worker is told (a search stops
   * at its next statement), and restarted if it still runs after the kind's grace (policy).
   */
  private supersede(job: Job): void {
    const policy = this.policy(job.kind);
    job.reject(new Superseded(policy.noun));
    Atomics.store(this.cancelled, 0, job.id);
    if (policy.restartAfterMs === null) return;
    const left = policy.restartAfterMs - (performance.now() - job.startedAt);
    if (left <= 0) this.restart(job);
    else job.timers.push(timer(() => this.restart(job), left));
  }

  private overBudget(job: Job, ms: number): void {
    if (this.running !== job) return;
    const policy = this.policy(job.kind);
    if (policy.overBudget) job.resolve(policy.overBudget(job.request as never, ms));
    else job.reject(new Error(`This ${policy.noun} was stopped after ${Math.round(ms / 1000)} s.`));
    this.restart(job);
  }

  /**
   * Stops the worker running `job` and goes on with a new one. A thread inside one SQLite
   * statement stops when the statement returns (nothing can interrupt it sooner); meanwhile
   * the new worker already answers.
   */
  private restart(job: Job): void {
    if (this.running !== job) return;
    this.finish(job);
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
    this.pump();
  }

  private finish(job: Job): void {
    for (const t of job.timers) clearTimeout(t);
    job.timers.length = 0;
    if (this.running === job) this.running = null;
  }

  async close(): Promise<void> {
    const closing = new Error('The archive was closed before this question was answered.');
    for (const job of this.queue.splice(0)) job.reject(closing);
    const job = this.running;
    if (job) {
      this.finish(job);
      job.reject(closing);
    }
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}

function timer(fn: () => void, ms: number): ReturnType<typeof setTimeout> {
  const t = setTimeout(fn, ms);
  t.unref?.();
  return t;
}
