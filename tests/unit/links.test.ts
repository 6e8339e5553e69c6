import { describe, expect, it } from 'vitest';
import { documentLink, parseLink } from '../../shared/links';

describe('links to a turn', () => {
  it('writes turns counted from 1, as the reader numbers them, and reads them back', () => {
    expect(documentLink(42)).toBe('verbatim://document/42');
    expect(documentLink(42, 0)).toBe('verbatim://document/42#turn-1');
    expect(parseLink('verbatim://document/42#turn-1')).toEqual({ documentId: 42, turn: 0 });
    expect(parseLink(' verbatim://document/42/ ')).toEqual({ documentId: 42, turn: null });
    expect(parseLink(documentLink(7, 311))).toEqual({ documentId: 7, turn: 311 });
  });

  it('reads nothing else', () => {
    for (const url of [
      'verbatim://document/0',
      'verbatim://document/42#turn-0',
      'verbatim://doc/42',
      'https://en.kremlin.ru/events/1',
      'verbatim://document/42?x=1',
      'verbatim://document/1e3',
    ]) {
      expect(parseLink(url), url).toBeNull();
    }
  });
});
