/**
 * A date field that shows the date the way the rest of the window does (the user's locale)
 * and reads it however it is typed: ISO, the locale's numeric order, a month name, a month
 * or a year (its first or last day, as the bound of a range). Not the browser's date input,
 * whose own format (mm/dd/yyyy) would be a second way of writing dates.
 */
import { useState } from 'react';
import { formatDate } from './format';
import { parseDate, type Bound } from './dates';

interface Props {
  label: string;
  value: string | undefined;
  /** The ISO date typed (undefined when emptied); called as soon as the text reads as a date. */
  onChange(value: string | undefined): void;
  bound?: Bound;
  className?: string;
}

export function DateField({ label, value, onChange, bound = 'day', className }: Props) {
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? (value ? formatDate(value) : '');
  const parsed = text === null ? (value ?? '') : parseDate(text, bound);
  const example = formatDate('2019-11-28');
  return (
    <input
      type="text"
      className={className}
      aria-label={label}
      aria-invalid={parsed === null || undefined}
      inputMode="text"
      autoComplete="off"
      spellCheck={false}
      placeholder={bound === 'day' ? example : 'Year or date'}
      title={
        parsed === null
          ? `Not a date Verbatim can read: type it like ${example}, 2019-11-28${bound === 'day' ? '' : ', Nov 2019 or 2019'}`
          : parsed
            ? formatDate(parsed, 'long')
            : undefined
      }
      value={shown}
      onChange={(e) => {
        setText(e.target.value);
        const next = parseDate(e.target.value, bound);
        if (next !== null && next !== (value ?? '')) onChange(next || undefined);
      }}
      onBlur={() => {
        if (parsed !== null) setText(null);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && parsed !== null) setText(null);
      }}
    />
  );
}
