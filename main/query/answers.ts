/**
 * How each read-only question is answered, written once: the query worker thread runs these
 * for the app; tests and the in-process handlers (no worker) run the same code here.
 */
import type { Archive } from '../archive/archive';
import { Comparisons, SimilarPassages } from '../compare/service';
import type { QueryKind, QueryKinds } from './protocol';

export interface AnswerOptions {
  /** True once the client no longer wants this answer (a newer search came): the search stops at its next statement. */
  cancelled?: () => boolean;
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class QueryAnswers {
  private similarIndex: SimilarPassages | null = null;
  private comparisons: Comparisons | null = null;

  constructor(private readonly archive: Archive) {}

  /**
   * Work done ahead while no question waits: one small step of reading what the next comparison
   * needs (compare/service.ts). True when nothing is left to do.
   */
  warm(): boolean {
    this.comparisons ??= new Comparisons(this.archive);
    return this.comparisons.warm();
  }

  private get similar(): SimilarPassages {
    this.similarIndex ??= new SimilarPassages(this.archive);
    return this.similarIndex;
  }

  async answer<K extends QueryKind>(
    kind: K,
    request: QueryKinds[K]['request'],
    options: AnswerOptions = {},
  ): Promise<QueryKinds[K]['answer']> {
    return (await this.dispatch(kind, request as never, options)) as QueryKinds[K]['answer'];
  }

  private async dispatch(kind: QueryKind, request: never, options: AnswerOptions): Promise<QueryKinds[QueryKind]['answer']> {
    const { archive } = this;
    switch (kind) {
      case 'search':
        return archive.search.search(request, { cancelled: options.cancelled });
      case 'suggest':
        return archive.search.suggest(request);
      case 'compare':
        // A comparison takes up to a second: messages waiting (progress, other requests) go first.
        await tick();
        this.comparisons ??= new Comparisons(archive);
        return this.comparisons.compare(request);
      case 'similar':
        return this.similar.find(request);
      case 'kwic':
        return archive.analysis.kwic(request);
      case 'trend':
        return archive.analysis.trend(request);
      case 'speakers':
        return archive.analysis.speakers(request);
      case 'collocates':
        return archive.analysis.collocates(request);
      case 'cite':
        return archive.analysis.cite(request);
      case 'person':
        return archive.analysis.person(request);
      case 'citeMany':
        return archive.analysis.citeMany(request);
    }
  }
}
