/** The comparison's IPC handlers ('compare:documents', 'compare:similar'), spread into createHandlers. */
import type { ChannelArgs, ChannelResult } from '../../preload/api';
import type { Archive } from '../archive/archive';
import type { QueryWorker } from '../query/client';
import { Comparisons, SimilarPassages } from './service';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function compareHandlers(context: { archive: Archive; queries?: Pick<QueryWorker, 'ask'> }): {
  'compare:documents': (...args: ChannelArgs<'compare:documents'>) => Promise<ChannelResult<'compare:documents'>>;
  'compare:similar': (...args: ChannelArgs<'compare:similar'>) => Promise<ChannelResult<'compare:similar'>>;
} {
  const { queries } = context;
  // The app answers these in the query worker thread; without one (tests), in this process.
  if (queries) {
    return {
      'compare:documents': (request) => queries.ask('compare', request),
      'compare:similar': (request) => queries.ask('similar', request),
    };
  }
  const similar = new SimilarPassages(context.archive);
  const comparisons = new Comparisons(context.archive);
  return {
    'compare:documents': async (request) => {
      // Let pending messages (progress, other requests) through before a comparison of up to ~1 s.
      await tick();
      return comparisons.compare(request);
    },
    'compare:similar': (request) => similar.find(request),
  };
}
