/**
 * Which links Verbatim hands to the system browser: only http(s) URLs that are
 * a document's own source URL (the archive's documents.url), as main itself
 * read it from the archive and gave it to the window. A link the page makes up
 * (a compromised page could call window.open with anything) is not opened.
 * Plain Node; main/app/index.ts calls shell.openExternal with what this allows.
 */
import type { Handlers } from '../ipc/ipc';

/** Source URLs remembered; beyond this the oldest are forgotten (a window shows one document at a time). */
export const MAX_SOURCE_URLS = 10_000;

/** The normalised href of an http(s) URL with a host, else null. */
export function webUrl(value: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.hostname ? parsed.href : null;
}

/** The source URLs of the documents main has given the window (document:get), normalised. */
export class SourceUrls {
  private readonly urls = new Set<string>();

  note(url: string | null | undefined): void {
    const href = url ? webUrl(url) : null;
    if (!href) return;
    this.urls.delete(href);
    this.urls.add(href);
    for (const oldest of this.urls) {
      if (this.urls.size <= MAX_SOURCE_URLS) break;
      this.urls.delete(oldest);
    }
  }

  has(href: string): boolean {
    return this.urls.has(href);
  }
}

/**
 * The URL to hand to the system browser for a link the window asked to open,
 * or null: only http(s), and only a document's own source URL. Compared after
 * URL normalisation, since Chromium normalises an <a href> before asking.
 */
export function externalUrlToOpen(url: string, isSourceUrl: (href: string) => boolean): string | null {
  const href = webUrl(url);
  return href && isSourceUrl(href) ? href : null;
}

/** The handler table with `document:get` noting each document's source URL in `urls`. */
export function notingSourceUrls(handlers: Handlers, urls: SourceUrls): Handlers {
  const getDocument = handlers['document:get'];
  return {
    ...handlers,
    'document:get': async (id) => {
      const doc = await getDocument(id);
      urls.note(doc.url);
      return doc;
    },
  };
}
