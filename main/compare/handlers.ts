/** The comparison's IPC handlers ('compare:documents', 'compare:similar'), spread into createHandlers. */
import type { ChannelArgs, ChannelResult } from '../../preload/api';
import type { Archive } from '../archive/archive';
import { compareDocuments, SimilarPassages } from './service';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function compareHandlers(context: { archive: Archive }): {
  'compare:documents': (...args: ChannelArgs<'compare:documents'>) => Promise<ChannelResult<'compare:documents'>>;
  'compare:similar': (...args: ChannelArgs<'compare:similar'>) => Promise<ChannelResult<'compare:similar'>>;
} {
  const similar = new SimilarPassages(context.archive);
  return {
    'compare:documents': async (request) => {
      // Let pending messages (progress, other requests) through before a comparison of up to ~1 s.
      await tick();
      return compareDocuments(context.archive, request);
    },
    'compare:similar': (request) => similar.find(request),
  };
}
