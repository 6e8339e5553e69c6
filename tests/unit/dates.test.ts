/**
 * Dates are calendar dates everywhere (issue 9, item 10): one check (shared/dates.ts)
 * used by the contract's document edits and library filters, the query language and the
 * importers' parsers.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { parseDataset } from '../../main/import/dataset';
import { datasetDateProblem } from '../../main/import/dataset-values';
import { parseFile } from '../../main/import/detect';
import { importPaths } from '../../main/importer/importer';
import { isoDate } from '../../main/import/text-utils';
import { createHandlers, registerHandlers, type IpcEventLike } from '../../main/ipc/ipc';
import { parseQuery } from '../../main/search/query';
import {
  calendarDate,
  calendarDateProblem,
  channels,
  daysInMonth,
  describeIssues,
  isCalendarDate,
  isLeapYear,
} from '../../shared/contract/api';
import { SEED, tempArchivePath, tempDir } from './helpers';

describe('the calendar check', () => {
  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2019, 2020, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
    expect(daysInMonth(2019, 2)).toBe(28);
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2019, 4)).toBe(30);
    expect(daysInMonth(2019, 12)).toBe(31);
    expect(daysInMonth(2019, 13)).toBe(0);
  });

  it('accepts real dates and says what is wrong with the others', () => {
    for (const date of ['2019-11-28', '2020-02-29', '2000-02-29', '1797-11-22', '2019-12-31', '0001-01-01']) {
      expect([date, calendarDateProblem(date)]).toEqual([date, null]);
    }
    expect(calendarDateProblem('2019-13-45')).toBe('2019-13-45 is not a date: months run from 01 to 12.');
    expect(calendarDateProblem('2019-02-30')).toBe('2019-02-30 is not a date: February 2019 has 28 days.');
    expect(calendarDateProblem('2019-02-29')).toBe('2019-02-29 is not a date: February 2019 has 28 days.');
    expect(calendarDateProblem('1900-02-29')).toBe('1900-02-29 is not a date: February 1900 has 28 days.');
    expect(calendarDateProblem('2019-04-31')).toBe('2019-04-31 is not a date: April 2019 has 30 days.');
    expect(calendarDateProblem('2019-00-10')).toBe('2019-00-10 is not a date: months run from 01 to 12.');
    expect(calendarDateProblem('2019-11-00')).toBe('2019-11-00 is not a date: days run from 01.');
    expect(calendarDateProblem('0000-01-01')).toBe('0000-01-01 is not a date: years run from 0001 to 9999.');
    expect(calendarDateProblem('2019-1-5')).toBe('“2019-1-5” is not a date: write YYYY-MM-DD, e.g. 2019-11-28.');
    expect(calendarDateProblem('November 28, 2019')).toMatch(/is not a date: write YYYY-MM-DD/);
  });

  it('takes years and months where the caller allows them', () => {
    const all = ['year', 'month', 'day'] as const;
    expect(calendarDateProblem('2019', all)).toBeNull();
    expect(calendarDateProblem('2019-02', all)).toBeNull();
    expect(calendarDateProblem('2019-13', all)).toBe('2019-13 is not a date: months run from 01 to 12.');
    expect(calendarDateProblem('2019')).toMatch(/write YYYY-MM-DD/);
    expect(calendarDateProblem('2019-1', all)).toBe('“2019-1” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2019-11-28.');
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2019-02-29')).toBe(false);
  });

  it('builds dates from numbers only when the day exists; the parsers’ isoDate is the same check', () => {
    expect(calendarDate(2019, 11, 28)).toBe('2019-11-28');
    expect(calendarDate(2020, 2, 29)).toBe('2020-02-29');
    for (const [y, m, d] of [
      [2019, 2, 29],
      [2019, 13, 1],
      [2019, 0, 1],
      [2019, 4, 31],
      [0, 1, 1],
      [2019, 1, 1.5],
    ]) {
      expect(calendarDate(y, m, d)).toBeNull();
      expect(isoDate(y, m, d)).toBeNull();
    }
  });
});

describe('the contract refuses impossible dates', () => {
  const edit = channels['document:edit'].args;

  it('document:edit: 2019-13-45 and 2019-02-30 are refused with the reason; real dates and null pass', () => {
    const bad = edit.safeParse([1, { date: '2019-13-45' }]);
    expect(bad.success).toBe(false);
    if (!bad.success) expect(describeIssues(bad.error)).toBe('argument 1.date: 2019-13-45 is not a date: months run from 01 to 12.');
    const february = edit.safeParse([1, { date: '2019-02-30' }]);
    if (february.success) throw new Error('2019-02-30 must be refused');
    expect(describeIssues(february.error)).toBe('argument 1.date: 2019-02-30 is not a date: February 2019 has 28 days.');
    expect(edit.safeParse([1, { date: '2020-02-29' }]).success).toBe(true);
    expect(edit.safeParse([1, { date: null }]).success).toBe(true);
    expect(edit.safeParse([1, { title: 'Talks in Bishkek' }]).success).toBe(true);
  });

  it('library filters: from and to are calendar dates', () => {
    const query = channels['library:query'].args;
    const sort = { column: 'date', direction: 'asc' } as const;
    expect(query.safeParse([{ filter: { from: '2019-02-01', to: '2019-02-28' }, sort }]).success).toBe(true);
    expect(query.safeParse([{ filter: { from: '2019-02-01', to: '2019-02-30' }, sort }]).success).toBe(false);
  });

  it('document:edit through the IPC gate leaves the stored date alone', async () => {
    const archive = Archive.open(tempArchivePath());
    await importPaths(archive, [SEED]);
    const [id] = archive.list().map((d) => d.id);
    const before = archive.get(id)?.date;
    const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>();
    registerHandlers(
      { handle: (channel, listener) => handlers.set(channel, listener as (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>) },
      createHandlers({ archive, emit: () => undefined, chooseImportPaths: async () => null }),
    );
    const app: IpcEventLike = { senderFrame: { url: 'app://verbatim/index.html', parent: null } };
    const call = handlers.get('document:edit');
    if (!call) throw new Error('document:edit must be registered');
    await expect(call(app, id, { date: '2019-13-45' })).resolves.toEqual({
      ok: false,
      error: 'Invalid request to “document:edit”: argument 1.date: 2019-13-45 is not a date: months run from 01 to 12.',
    });
    expect(archive.get(id)?.date).toBe(before);
    await expect(call(app, id, { date: '2019-11-29' })).resolves.toEqual({ ok: true, value: true });
    expect(archive.get(id)?.date).toBe('2019-11-29');
    archive.close();
  });
});

describe('the query language', () => {
  const error = (input: string): string => {
    const result = parseQuery(input);
    if (result.ok) throw new Error(`${input} must be refused`);
    return result.error;
  };

  it('date: values and ranges must be calendar dates', () => {
    expect(error('date:2019-02-30')).toBe('2019-02-30 is not a date: February 2019 has 28 days.');
    expect(error('sanctions date:2019-02-01..2019-02-30')).toBe('2019-02-30 is not a date: February 2019 has 28 days.');
    expect(error('date:2019-13-45')).toBe('2019-13-45 is not a date: months run from 01 to 12.');
    expect(error('date:2019-13')).toBe('2019-13 is not a date: months run from 01 to 12.');
    expect(error('date:..2019-04-31')).toBe('2019-04-31 is not a date: April 2019 has 30 days.');
    expect(error('year:0000')).toBe('0000 is not a date: years run from 0001 to 9999.');
  });

  it('real dates, months, years and leap days still work', () => {
    const ok = (input: string) => {
      const result = parseQuery(input);
      if (!result.ok) throw new Error(result.error);
      return result.query.filters.dates;
    };
    expect(ok('date:2020-02-29')).toEqual([{ from: '2020-02-29', to: '2020-02-29' }]);
    expect(ok('date:2016-02..2019-12')).toEqual([{ from: '2016-02-01', to: '2019-12-99' }]);
    expect(ok('year:2010..2015')).toEqual([{ from: '2010-01-01', to: '2015-12-31' }]);
  });
});

describe('dates read from data', () => {
  const text = 'Vladimir Putin: Thank you very much for the invitation.';

  it('a dataset date cell 2019-13-45: no date, and a warning saying why', () => {
    const csv = `title,date,text\nMeeting with President of Kyrgyzstan Sooronbay Jeenbekov,2019-13-45,${text}\nCSTO summit,30.02.2019,${text}\nTalks,2019-11-28,${text}\n`;
    const outcome = parseDataset(csv, 'csv');
    if (outcome.kind !== 'documents') throw new Error(JSON.stringify(outcome));
    const [first, second, third] = outcome.documents;
    expect(first.date).toBeNull();
    expect(first.warnings).toEqual(['The date was left empty because 2019-13-45 is not a date: months run from 01 to 12.']);
    expect(second.date).toBeNull();
    expect(second.warnings).toEqual(['The date was left empty because 2019-02-30 is not a date: February 2019 has 28 days.']);
    expect(third.date).toBe('2019-11-28');
    expect(datasetDateProblem('sometime in 2019')).toBeNull();
  });

  it('the warning reaches the import report', async () => {
    const path = join(tempDir(), 'meetings.csv');
    writeFileSync(path, `title,date,text\nCSTO summit,2019-13-45,${text}\n`);
    const archive = Archive.open(tempArchivePath());
    const report = await importPaths(archive, [path]);
    expect(report.warnings).toEqual([
      { path, message: 'CSTO summit: The date was left empty because 2019-13-45 is not a date: months run from 01 to 12.' },
    ]);
    expect(archive.get(report.documents[0].id)?.date).toBeNull();
    archive.close();
  });

  it('a file name with an impossible date gives no date', () => {
    const outcome = parseFile('2019-02-30-press-conference.txt', Buffer.from(`THE PRESIDENT: ${text}\n`));
    expect(outcome).toMatchObject({ kind: 'documents', documents: [{ date: null }] });
  });
});
