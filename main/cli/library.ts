/**
 * The library's writes on the command line, the same as the window's (library-edit.ts):
 *   verbatim edit <id> [--title T] [--date D] [--place P] [--tags a,b] [--persons a,b] [--geography a,b] --archive <file> [--json]
 *   verbatim delete <id>... --archive <file> [--json]
 *   verbatim undo --archive <file> [--json]          (puts back the most recent delete)
 *   verbatim person list|rename|merge …               (persons.ts)
 *
 * JSON (a public interface: extend, never break):
 *   edit   → { id, title, date, place, topics, persons, geography }   (the document after the edit)
 *   delete → { batch, deleted, ids }                                   (ids that were there and are now in the trash)
 *   undo   → { batch, restored, ids, notRestored }                     (notRestored: titles that stay in the trash)
 * `--date ""` and `--place ""` clear the field; `--tags` sets the topics. A value the
 * window would refuse (a date that is not on the calendar, an empty title) is a usage
 * error (exit 2); a document that is not there is an error (exit 1).
 */
import { DocumentEditSchema, type DocumentEdit } from '../../shared/contract/api';
import type { Archive } from '../archive/archive';
import { PERSON_USAGE, runPersonCommand } from './persons';
import { UsageError } from './usage';

export const LIBRARY_OPTIONS = {
  title: { type: 'string' },
  date: { type: 'string' },
  place: { type: 'string' },
  tags: { type: 'string' },
  persons: { type: 'string' },
  geography: { type: 'string' },
} as const;

export const LIBRARY_USAGE = `  verbatim edit <id> [--title T] [--date YYYY[-MM[-DD]]] [--place P] [--tags a,b] [--persons a,b] [--geography a,b] --archive <file> [--json]
  verbatim delete <id>... --archive <file> [--json]
  verbatim undo --archive <file> [--json]
${PERSON_USAGE}`;

type Values = Record<string, string | boolean | undefined>;
type Out = (text: string) => void;

const LIBRARY_COMMANDS = new Set(['edit', 'delete', 'undo', 'person']);

export function isLibraryCommand(command: string): boolean {
  return LIBRARY_COMMANDS.has(command);
}

function documentId(text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`“${text}” is not a document id (a number)`);
  return Number(text);
}

const list = (value: string): string[] =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** The edit the options ask for, validated by the same contract as the window's edits. */
export function editFromOptions(values: Values): DocumentEdit {
  const text = (key: string): string | undefined => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const raw: Record<string, unknown> = {};
  const title = text('title');
  if (title !== undefined) raw.title = title;
  for (const key of ['date', 'place'] as const) {
    const value = text(key);
    if (value !== undefined) raw[key] = value.trim() === '' ? null : value.trim();
  }
  const tags = text('tags');
  if (tags !== undefined) raw.topics = list(tags);
  for (const key of ['persons', 'geography'] as const) {
    const value = text(key);
    if (value !== undefined) raw[key] = list(value);
  }
  if (Object.keys(raw).length === 0)
    throw new UsageError('edit needs at least one of --title, --date, --place, --tags, --persons, --geography');
  const parsed = DocumentEditSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--${issue.path.join('.') === 'topics' ? 'tags' : issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Runs edit, delete or undo; returns the exit code. */
export function runLibraryCommand(archive: Archive, command: string, args: string[], values: Values, json: boolean, out: Out): number {
  if (command === 'person') return runPersonCommand(archive, args, json, out);
  if (command === 'edit') {
    if (args.length !== 1) throw new UsageError('edit needs one document id');
    const id = documentId(args[0]);
    const change = editFromOptions(values);
    archive.library.edit(id, change);
    const doc = archive.get(id);
    if (!doc) throw new Error(`no document with id ${id}`);
    const result = {
      id,
      title: doc.title,
      date: doc.date,
      place: doc.place,
      topics: doc.topics,
      persons: doc.persons,
      geography: doc.geography,
    };
    out(json ? JSON.stringify(result) : `Edited ${id}: ${doc.title}${doc.date ? ` (${doc.date})` : ''}`);
    return 0;
  }
  if (command === 'delete') {
    if (args.length === 0) throw new UsageError('delete needs at least one document id');
    const ids = args.map(documentId);
    const present = ids.filter((id) => archive.get(id) !== null);
    const { batch, count } = archive.library.delete(present);
    out(
      json
        ? JSON.stringify({ batch, deleted: count, ids: present })
        : `Deleted ${count} document${count === 1 ? '' : 's'} (verbatim undo puts ${count === 1 ? 'it' : 'them'} back).`,
    );
    const missing = ids.filter((id) => !present.includes(id));
    if (missing.length > 0 && !json) out(`Not in the archive: ${missing.join(', ')}`);
    return 0;
  }
  if (args.length > 0) throw new UsageError('undo takes no arguments: it puts back the most recent delete');
  const batch = archive.library.lastDelete();
  if (!batch) throw new Error('there is nothing to undo: the trash is empty');
  const result = archive.library.undoDelete(batch);
  out(
    json
      ? JSON.stringify({ batch, restored: result.count, ids: result.ids, notRestored: result.notRestored })
      : `Restored ${result.count} document${result.count === 1 ? '' : 's'}.${result.notRestored.length ? ` Still in the trash (the same page was imported since): ${result.notRestored.join('; ')}` : ''}`,
  );
  return 0;
}
