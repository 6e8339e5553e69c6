import { describe, expect, it } from 'vitest';
import { formatMarkdownQuote, formatPlainQuote, speakerName, type CitationSource } from '../../renderer/src/reader/citation';

const source: CitationSource = {
  title: 'Meeting with President of Kyrgyzstan Sooronbay Jeenbekov',
  date: '2019-11-28',
  place: 'Bishkek',
  url: 'http://en.kremlin.ru/events/president/news/62146',
  attribution: 'Source: en.kremlin.ru, licensed under Creative Commons Attribution 4.0 International (CC BY 4.0)',
};
const jeenbekov = { label: 'President of Kyrgyzstan Sooronbay Jeenbekov', person: 'Sooronbay Jeenbekov', role: 'President of Kyrgyzstan' };
const putin = { label: 'President of Russia Vladimir Putin', person: 'Vladimir Putin', role: 'President of Russia' };

describe('copy as quote', () => {
  it('cites one speaker with name, role, title, date, place, URL and attribution (plain text)', () => {
    expect(formatPlainQuote([{ speaker: jeenbekov, text: '  Welcome to the\nKyrgyz Republic. ' }], source)).toBe(
      '“Welcome to the Kyrgyz Republic.”\n' +
        '— Sooronbay Jeenbekov, President of Kyrgyzstan, “Meeting with President of Kyrgyzstan Sooronbay Jeenbekov”, 28 November 2019, Bishkek. http://en.kremlin.ru/events/president/news/62146\n' +
        'Source: en.kremlin.ru, licensed under Creative Commons Attribution 4.0 International (CC BY 4.0)',
    );
  });

  it('writes Markdown as a block quote with a linked title', () => {
    expect(formatMarkdownQuote([{ speaker: jeenbekov, text: 'Mr President,\n\nWelcome to the Kyrgyz Republic.' }], source)).toBe(
      '> Mr President,\n>\n> Welcome to the Kyrgyz Republic.\n>\n' +
        '> — Sooronbay Jeenbekov, President of Kyrgyzstan, [*Meeting with President of Kyrgyzstan Sooronbay Jeenbekov*](http://en.kremlin.ru/events/president/news/62146), 28 November 2019, Bishkek.\n\n' +
        'Source: en.kremlin.ru, licensed under Creative Commons Attribution 4.0 International (CC BY 4.0)',
    );
  });

  it('labels each speaker when a selection spans turns', () => {
    const parts = [
      { speaker: jeenbekov, text: 'Thank you.' },
      { speaker: putin, text: 'Thank you very much.' },
    ];
    const text = formatPlainQuote(parts, { ...source, url: null, attribution: null });
    expect(text).toBe(
      'Sooronbay Jeenbekov: “Thank you.”\n\nVladimir Putin: “Thank you very much.”\n' +
        '— “Meeting with President of Kyrgyzstan Sooronbay Jeenbekov”, 28 November 2019, Bishkek.',
    );
    expect(formatMarkdownQuote(parts, { ...source, url: null, attribution: null })).toContain('> **Vladimir Putin:** Thank you very much.');
  });

  it('handles labels without a person, undated documents and Markdown metacharacters', () => {
    expect(speakerName({ label: 'Question', person: null, role: 'Question' })).toBe('Question');
    const text = formatMarkdownQuote([{ speaker: null, text: 'a *b* <c>' }], {
      title: 'T_1',
      date: null,
      place: null,
      url: null,
      attribution: null,
    });
    expect(text).toBe('> a \\*b\\* \\<c\\>\n>\n> — *T\\_1*.');
    expect(formatPlainQuote([{ speaker: null, text: '   ' }], source)).toBe('');
  });
});
