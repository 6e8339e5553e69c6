/**
 * The person model on the command line, the same as the window's (archive/person-edits.ts):
 *   verbatim person list --archive <file> [--json]
 *   verbatim person rename <from> <to> --archive <file> [--json]
 *   verbatim person merge <from> <into> --archive <file> [--json]
 *
 * JSON (a public interface: extend, never break):
 *   list   → [{ name, documents, turns, words }]            (most words first)
 *   rename → { person, documents, previous }                (person: the name now shown)
 *   merge  → { person, documents, previous }                (previous: the overrides replaced)
 * Renames and merges are kept across re-imports. A person not in the archive is an error (exit 1).
 */
import type { Archive } from '../archive/archive';
import { UsageError } from './usage';

type Out = (text: string) => void;

export const PERSON_USAGE = `  verbatim person list --archive <file> [--json]
  verbatim person rename <from> <to> --archive <file> [--json]
  verbatim person merge <from> <into> --archive <file> [--json]`;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function runPersonCommand(archive: Archive, args: string[], json: boolean, out: Out): number {
  const [action, ...names] = args;
  if (action === 'list') {
    if (names.length > 0) throw new UsageError('person list takes no arguments');
    const persons = archive.library.persons();
    if (json) out(JSON.stringify(persons));
    else for (const p of persons) out(`${p.name}\t${plural(p.documents, 'document')}\t${plural(p.words, 'word')}`);
    return 0;
  }
  if (action !== 'rename' && action !== 'merge') throw new UsageError('person needs list, rename <from> <to> or merge <from> <into>');
  if (names.length !== 2 || names.some((n) => !n.trim())) throw new UsageError(`person ${action} needs two names`);
  const change = action === 'rename' ? archive.library.renamePerson(names[0], names[1]) : archive.library.mergePersons(names[0], names[1]);
  const verb = action === 'rename' ? `Renamed “${names[0]}” to` : `Merged “${names[0]}” into`;
  out(json ? JSON.stringify(change) : `${verb} “${change.person}” (${plural(change.documents, 'document')} changed).`);
  return 0;
}
