/**
 * The scheme check for a source URL read from imported data (a dataset's `url`
 * column): only web addresses (http, https) are kept as a document's URL, since
 * the reader offers that URL as a link to the system browser. Pure; never throws.
 */

/** The longest URL kept (browsers and servers commonly stop near here). */
export const MAX_SOURCE_URL_LENGTH = 2048;

export interface SourceUrlCheck {
  /** The URL as written (trimmed) when it is a web address, else null. */
  url: string | null;
  /** Why a value was left out, for the document's warnings; null when kept (or when there was no value). */
  warning: string | null;
}

function quoted(value: string): string {
  return value.length > 80 ? `“${value.slice(0, 77)}…”` : `“${value}”`;
}

/** Keeps `value` as a source URL only when it is an http(s) address with a host and no user name or password. */
export function checkSourceUrl(value: string | null | undefined): SourceUrlCheck {
  const text = value?.trim() ?? '';
  if (!text) return { url: null, warning: null };
  const leftOut = (why: string): SourceUrlCheck => ({ url: null, warning: `The URL ${quoted(text)} was left out: ${why}` });
  if (text.length > MAX_SOURCE_URL_LENGTH) return leftOut(`it is longer than ${MAX_SOURCE_URL_LENGTH} characters`);
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return leftOut('it is not a web address (only http and https links are kept)');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return leftOut(`only http and https links are kept, not ${parsed.protocol.slice(0, -1)}`);
  }
  if (!parsed.hostname) return leftOut('it names no web site');
  if (parsed.username || parsed.password) return leftOut('it carries a user name or password');
  return { url: text, warning: null };
}
