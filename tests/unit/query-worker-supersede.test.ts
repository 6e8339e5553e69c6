/**
 * The query worker client: a newer question supersedes an older one
 * of the same kind, a slow search never holds up the next one, and a question past its budget
 * is answered with a message. A stand-in worker script answers at once, after a pause, or never
 * (a JavaScript loop that only terminating the thread ends), and reports which questions it saw.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { importPaths } from '../../main/importer/importer';
import { QueryWorker, type QueryWorkerOptions } from '../../main/query/client';
import { Superseded } from '../../main/query/policy';
import { SEED, tempDir } from './helpers';
import { bundleEntry } from './bundle';

const STAND_IN = `
const { parentPort, workerData } = require('node:worker_threads');
const cancelled = new Int32Array(workerData.cancelled);
const seen = [];
const busy = (ms) => { const end = Date.now() + ms; while (Date.now() < end) {} };
parentPort.on('message', (m) => {
  const q = m.request.query ?? m.request.text ?? m.request.left;
  seen.push(q);
  if (q === 'forever') for (;;) {}
  // As the search engine does between statements: stop when the client says it is no longer wanted.
  if (q === 'until-cancelled') while (Atomics.load(cancelled, 0) !== m.id) {}
  const pause = /^slow(\\d+)/.exec(q);
  if (pause) busy(Number(pause[1]));
  parentPort.postMessage({ id: m.id, ok: true, value: { status: 'ok', echo: q, seen: [...seen] } });
});`;

function standIn(options?: QueryWorkerOptions): QueryWorker {
  const script = join(tempDir(), 'worker.cjs');
  writeFileSync(script, STAND_IN);
  return new QueryWorker(script, join(tempDir(), 'archive.sqlite'), undefined, options);
}

type Echo = { status: string; echo: string; seen: string[] };
const search = (w: QueryWorker, query: string) => w.ask('search', { query }) as unknown as Promise<Echo>;

describe('the query worker client: newer questions supersede older ones', () => {
  it('a search typed while a slow one runs answers without waiting for it: the slow one is dropped and its worker restarted', async () => {
    const worker = standIn({ policies: { search: { restartAfterMs: 200 } } });
    try {
      const slow = search(worker, 'slow30000').catch((e: Error) => e);
      await new Promise((r) => setTimeout(r, 50));
      const started = performance.now();
      const fast = search(worker, 'fast');
      expect(await slow).toEqual(new Superseded('search'));
      expect(await slow).toMatchObject({ message: 'A newer search replaced this one.' });
      await expect(fast).resolves.toMatchObject({ echo: 'fast', seen: ['fast'] }); // a new worker
      expect(performance.now() - started).toBeLessThan(2000);
      // The restarted worker goes on answering.
      await expect(search(worker, 'next')).resolves.toMatchObject({ echo: 'next', seen: ['fast', 'next'] });
    } finally {
      await worker.close();
    }
  }, 10_000);

  it('a running search is told it was superseded and stops, and the newer one runs in the same worker', async () => {
    const worker = standIn();
    try {
      const old = search(worker, 'until-cancelled').catch((e: Error) => e);
      await new Promise((r) => setTimeout(r, 100));
      const started = performance.now();
      await expect(search(worker, 'fast')).resolves.toMatchObject({ echo: 'fast', seen: ['until-cancelled', 'fast'] });
      expect(performance.now() - started).toBeLessThan(1000); // no restart (that waits 5 s)
      expect(await old).toBeInstanceOf(Superseded);
    } finally {
      await worker.close();
    }
  });

  it('questions waiting behind another are replaced by the newest of their kind and never sent', async () => {
    const worker = standIn();
    try {
      const comparing = worker.ask('compare', { left: 'slow300' } as never) as unknown as Promise<Echo>;
      // As the renderer does: every answer is handled (a replaced one is dropped).
      const typed = ['g', 'ga', 'gas'].map((q) => search(worker, q).catch((e: Error) => e));
      const suggestion = worker.ask('suggest', { text: 'gas' }) as unknown as Promise<Echo>;
      await expect(comparing).resolves.toMatchObject({ echo: 'slow300' });
      expect(await typed[0]).toEqual(new Superseded('search'));
      expect(await typed[1]).toBeInstanceOf(Superseded);
      await expect(typed[2]).resolves.toMatchObject({ echo: 'gas', seen: ['slow300', 'gas'] });
      await expect(suggestion).resolves.toMatchObject({ echo: 'gas', seen: ['slow300', 'gas', 'gas'] });
    } finally {
      await worker.close();
    }
  });

  it('a running comparison is superseded but finishes in the same worker (its state is worth keeping)', async () => {
    const worker = standIn();
    try {
      const first = (worker.ask('compare', { left: 'slow400' } as never) as unknown as Promise<Echo>).catch((e: Error) => e);
      await new Promise((r) => setTimeout(r, 50));
      const second = worker.ask('compare', { left: 'two' } as never) as unknown as Promise<Echo>;
      expect(await first).toMatchObject({ message: 'A newer comparison replaced this one.' });
      await expect(second).resolves.toMatchObject({ echo: 'two', seen: ['slow400', 'two'] });
    } finally {
      await worker.close();
    }
  });

  it('a search past its budget is answered with a message, and the next search runs in a new worker', async () => {
    const worker = standIn({ policies: { search: { budgetMs: 300 } } });
    try {
      const started = performance.now();
      const stuck = await worker.ask('search', { query: 'forever' });
      expect(performance.now() - started).toBeLessThan(2000);
      expect(stuck).toMatchObject({
        status: 'invalid',
        query: 'forever',
        reason: 'too-slow',
        error: expect.stringMatching(/^This search was stopped after 0 s: narrow it/),
      });
      await expect(search(worker, 'after')).resolves.toMatchObject({ echo: 'after', seen: ['after'] });
    } finally {
      await worker.close();
    }
  }, 10_000);

  it('close() answers every question still open', async () => {
    const worker = standIn();
    const running = search(worker, 'slow500').catch((e: Error) => e.message);
    const waiting = worker.ask('suggest', { text: 'x' }).catch((e: Error) => e.message);
    await worker.close();
    expect(await running).toBe('The archive was closed before this question was answered.');
    expect(await waiting).toBe('The archive was closed before this question was answered.');
  });
});

describe('the real query worker', () => {
  it('answers the stalling queries with their messages within 2 s, and a newer search supersedes an older one', async () => {
    const path = join(tempDir(), 'archive.sqlite');
    const archive = Archive.open(path);
    await importPaths(archive, [SEED]);
    archive.close();
    const worker = new QueryWorker(bundleEntry('main/query/worker.ts'), path);
    try {
      const started = performance.now();
      const answers = await Promise.all(
        [
          'a* '.repeat(666),
          'e* '.repeat(666),
          `${'pres* OR '.repeat(221)}pres*`,
          `${'('.repeat(150)}a b${')'.repeat(150)}`,
          'speaker:😀',
        ].map(
          // 5 ms apart, as a person types.
          (query, i) => new Promise((r) => setTimeout(r, i * 5)).then(() => worker.ask('search', { query })).catch((e: Error) => e),
        ),
      );
      expect(performance.now() - started).toBeLessThan(2000);
      // Asked in quick succession, the earlier ones were superseded by the later: only the last is answered.
      expect(answers.slice(0, -1).every((a) => a instanceof Superseded)).toBe(true);
      expect(answers.at(-1)).toMatchObject({ status: 'invalid', error: expect.stringMatching(/^speaker:😀 has no letters or digits/) });
      for (const [query, message] of [
        ['a* '.repeat(666), /666 prefix searches/],
        ['e* '.repeat(666), /666 prefix searches/],
        [`${'pres* OR '.repeat(221)}pres*`, /222 prefix searches/],
        [`${'('.repeat(150)}a b${')'.repeat(150)}`, /nest more than 10 deep/],
      ] as const) {
        const t = performance.now();
        expect(await worker.ask('search', { query })).toMatchObject({ status: 'invalid', error: expect.stringMatching(message) });
        expect(performance.now() - t).toBeLessThan(2000);
      }
      expect(await worker.ask('search', { query: 'Jeenbekov' })).toMatchObject({ status: 'ok', total: 2 });
    } finally {
      await worker.close();
    }
  }, 30_000);
});
