/**
 * One table of handlers keyed by the contract's channel names, registered on
 * an IpcMainLike so tests drive it without Electron. Before a handler runs the
 * sender frame is checked, the arguments are validated by the contract, and
 * the app's guard runs (main/app/path-grants.ts: `import:paths` only for paths the
 * user gave that window).
 */
import {
  APP_ORIGIN,
  channels,
  describeIssues,
  type Channel,
  type EventName,
  type EventPayload,
  type ImportReport,
  type ImportRequestOptions,
  type Result,
} from '../../shared/contract/api';
import type { Archive } from '../archive/archive';
import { importPaths } from '../importer/importer';
import type { WorkerImportOptions } from '../importer/worker-client';
import type { QueryWorker } from '../query/client';
import { QueryAnswers } from '../query/answers';
import { QUERY_CHANNELS, type QueryChannel, type QueryKind, type QueryKinds } from '../query/protocol';
import { libraryHandlers } from './library';
import type { Handlers, SaveRequest } from './types';

export interface SenderFrameLike {
  url: string;
  /** null for a top-level frame. */
  parent: unknown;
}

export interface IpcEventLike {
  senderFrame: SenderFrameLike | null;
  /** The sending window's webContents (Electron gives it; the browser test bridge does not). */
  sender?: { id: number } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

export type { Handlers, SaveRequest } from './types';

/** A sender check that admits only the top frame of a page served from `origin`. */
export function topFrameOf(origin: string): (event: IpcEventLike) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent) return false;
    try {
      const url = new URL(frame.url);
      // URL.origin is "null" for custom schemes such as app://, so compare scheme and host.
      return `${url.protocol}//${url.host}` === origin;
    } catch {
      return false;
    }
  };
}

/** Only the app's own page (app://verbatim), in its top frame, may call the API. */
export const isTrustedSender = topFrameOf(APP_ORIGIN);

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A check that runs after the sender check and the contract's validation and
 * before the handler, with the event (so it knows the window): a refusal
 * message, or null to go on. The app passes importPathsGuard (main/app/path-grants.ts).
 */
export type CallGuard = (channel: Channel, event: IpcEventLike, args: readonly unknown[]) => Promise<string | null> | string | null;

export function registerHandlers(
  ipc: IpcMainLike,
  handlers: Handlers,
  trusted: (event: IpcEventLike) => boolean = isTrustedSender,
  guard?: CallGuard,
): void {
  for (const channel of Object.keys(channels) as Channel[]) {
    ipc.handle(channel, async (event, ...args): Promise<Result<unknown>> => {
      if (!trusted(event)) return { ok: false, error: `Refused “${channel}”: the request did not come from Verbatim's own window.` };
      const parsed = channels[channel].args.safeParse(args);
      if (!parsed.success) return { ok: false, error: `Invalid request to “${channel}”: ${describeIssues(parsed.error)}` };
      try {
        const refusal = guard ? await guard(channel, event, parsed.data as unknown[]) : null;
        if (refusal) return { ok: false, error: refusal };
        const handler = handlers[channel] as (...a: unknown[]) => unknown;
        return { ok: true, value: await handler(...(parsed.data as unknown[])) };
      } catch (error) {
        return { ok: false, error: errorMessage(error) };
      }
    });
  }
}

export interface HandlerContext {
  archive: Archive;
  /** Sends an event to the renderer. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Asks the user for files or folders to import; null when they cancel. */
  chooseImportPaths(kind: 'files' | 'folders'): Promise<string[] | null>;
  /** Asks where to save an export or a backup; null when they cancel. Tests pass a temp path. */
  chooseSavePath?(request: SaveRequest): Promise<string | null>;
  /** Runs an import; the app passes one that works in a worker thread. Default: in this process. */
  runImport?(paths: string[], options: Pick<WorkerImportOptions, 'mapping' | 'onProgress' | 'signal'>): Promise<ImportReport>;
  /** Answers searches and comparisons; the app passes the query worker thread. Default: in this process. */
  queries?: Pick<QueryWorker, 'ask'>;
}

/** The table of handlers for the real archive. */
export function createHandlers(context: HandlerContext): Handlers {
  const running = new Set<AbortController>();
  const importer = context.runImport ?? ((paths, options) => importPaths(context.archive, paths, options));
  const runImport = async (paths: string[], options: ImportRequestOptions = {}): Promise<ImportReport> => {
    const controller = new AbortController();
    running.add(controller);
    try {
      const report = await importer(paths, {
        mapping: options.mapping,
        signal: controller.signal,
        onProgress: (progress) => context.emit('import:progress', progress),
      });
      context.emit('import:finished', report);
      return report;
    } finally {
      running.delete(controller);
    }
  };
  return {
    'archive:info': () => ({ path: context.archive.path, documentCount: context.archive.count() }),
    'library:list': ({ limit, offset }) => context.archive.list(limit, offset),
    'document:get': (id) => {
      const doc = context.archive.get(id);
      if (!doc) throw new Error(`There is no document ${id} in this archive (it may have been deleted).`);
      return doc;
    },
    'import:paths': (paths, options) => runImport(paths, options),
    'import:dialog': async (options) => {
      const paths = await context.chooseImportPaths(options?.folders ? 'folders' : 'files');
      return paths && paths.length ? runImport(paths) : null;
    },
    'import:cancel': () => {
      for (const controller of running) controller.abort();
      return running.size > 0;
    },
    ...libraryHandlers(context),
    ...queryHandlers(context),
  };
}

/**
 * The read-only questions (query/protocol.ts): in the app the query worker thread answers them;
 * without one (tests), the same code (query/answers.ts) answers them in this process.
 */
function queryHandlers(context: HandlerContext): Pick<Handlers, QueryChannel> {
  const here = context.queries ? null : new QueryAnswers(context.archive);
  const ask = <K extends QueryKind>(kind: K, request: QueryKinds[K]['request']): Promise<QueryKinds[K]['answer']> =>
    context.queries ? context.queries.ask(kind, request) : (here as QueryAnswers).answer(kind, request);
  const entries = (Object.keys(QUERY_CHANNELS) as QueryKind[]).map((kind) => [
    QUERY_CHANNELS[kind],
    (request: never) => ask(kind, request),
  ]);
  return Object.fromEntries(entries) as Pick<Handlers, QueryChannel>;
}
