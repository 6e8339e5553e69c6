/**
 * The date: and year: fields of the query language: a year, a month, a day or a range
 * of them, each a calendar date (shared/dates.ts), as an inclusive DateRange.
 */
import { calendarDateProblem, dateFormOf, type DateForm } from '../../shared/dates';
import { QueryError } from './query-error';

/** An inclusive date range as YYYY-MM-DD strings; `to` may end in 99 to mean "the end of the month". */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/**
 * One end of a date range as YYYY-MM-DD (a month's end as YYYY-MM-99). The value must be a
 * calendar date (shared/dates.ts): date:2019-02-30 is refused, saying February 2019 has 28 days.
 */
function dateBound(value: string, end: boolean, field: 'date' | 'year'): string {
  const forms: DateForm[] = field === 'year' ? ['year'] : ['year', 'month', 'day'];
  const form = dateFormOf(value, forms);
  if (!form) {
    const wanted =
      field === 'year'
        ? 'a year such as year:2019 or year:2010..2015'
        : 'date:2019, date:2014-03, date:2014-03-18 or a range such as date:2014-03..2019-12';
    throw new QueryError(`${field}:${value} is not understood: write ${wanted}.`);
  }
  const problem = calendarDateProblem(value, forms);
  if (problem) throw new QueryError(problem);
  if (form === 'year') return end ? `${value}-12-31` : `${value}-01-01`;
  if (form === 'month') return end ? `${value}-99` : `${value}-01`;
  return value;
}

export function parseDate(field: 'date' | 'year', value: string): DateRange {
  if (!value) throw new QueryError(`${field}: needs a value, e.g. ${field === 'year' ? 'year:2019' : 'date:2019-05'}.`);
  const range = value.split('..');
  if (range.length > 2) throw new QueryError(`${field}:${value} has more than one “..”.`);
  if (range.length === 1) return { from: dateBound(value, false, field), to: dateBound(value, true, field) };
  const [a, b] = range;
  if (!a && !b) throw new QueryError(`${field}:.. needs at least one end, e.g. ${field}:2015.. or ${field}:..2015.`);
  const from = a ? dateBound(a, false, field) : null;
  const to = b ? dateBound(b, true, field) : null;
  if (from && to && from > to) throw new QueryError(`${field}:${value} runs backwards: put the earlier date first.`);
  return { from, to };
}
