/**
 * The person model on the command line, the same as the window's (archive/person-edits.ts):
 *   verbatim person list --archive <file> [--json]
 *   verbatim person rename <from> <to> --archive <file> [--json]
 *   verbatim person merge <from> <into> --archive <file> [--json]
 *   verbatim person show <name or key> --archive <file> [--json]
 *
 * JSON (a public interface: extend, never break):
 *   list   → [{ name, documents, turns, words }]            (most words first)
 *   rename → { person, documents, previous }                (person: the name now shown)
 *   merge  → { person, documents, previous }                (previous: the overrides replaced)
 *   show   → { person, key, documents, turns, words, first, last,
 *              terms: [{ term, count, per10k, restCount, restPer10k, z }], read, documentList: [{ documentId, title, date, turns, words, firstTurn }] }
 * Renames and merges are kept across re-imports. A person not in the archive is an error (exit 1).
 */
import type { Archive } from '../archive/archive';
import type { PersonResult } from '../../shared/contract/analysis';
import { plural } from './format';
import { checked, UsageError } from './usage';

type Out = (text: string) => void;

export const PERSON_USAGE = `  verbatim person list --archive <file> [--json]
  verbatim person rename <from> <to> --archive <file> [--json]
  verbatim person merge <from> <into> --archive <file> [--json]
  verbatim person show <name or key> --archive <file> [--json]`;

export function runPersonCommand(archive: Archive, args: string[], json: boolean, out: Out): number {
  const [action, ...names] = args;
  if (action === 'list') {
    if (names.length > 0) throw new UsageError('person list takes no arguments');
    const persons = archive.library.persons();
    if (json) out(JSON.stringify(persons));
    else for (const p of persons) out(`${p.name}\t${plural(p.documents, 'document')}\t${plural(p.words, 'word')}`);
    return 0;
  }
  if (action === 'show') {
    if (names.length !== 1) throw new UsageError('person show needs one name or key (`verbatim person list` lists them)');
    const page = archive.analysis.person(checked('analysis:person', { person: names[0] }));
    if (page.status !== 'ok') throw new Error(page.error);
    const { status: _status, tookMs: _took, ...shown } = page;
    out(json ? JSON.stringify(shown) : formatPage(page));
    return 0;
  }
  if (action !== 'rename' && action !== 'merge')
    throw new UsageError('person needs list, show <name>, rename <from> <to> or merge <from> <into>');
  if (names.length !== 2 || names.some((n) => !n.trim())) throw new UsageError(`person ${action} needs two names`);
  const change = action === 'rename' ? archive.library.renamePerson(names[0], names[1]) : archive.library.mergePersons(names[0], names[1]);
  const verb = action === 'rename' ? `Renamed “${names[0]}” to` : `Merged “${names[0]}” into`;
  out(json ? JSON.stringify(change) : `${verb} “${change.person}” (${plural(change.documents, 'document')} changed).`);
  return 0;
}

/** A person's page as text: totals, distinctive words, then one line per document. */
function formatPage(page: Extract<PersonResult, { status: 'ok' }>): string {
  const span = page.first || page.last ? `, ${page.first ?? '?'} to ${page.last ?? '?'}` : '';
  const lines = [
    `${page.person}: ${plural(page.documents, 'document')}, ${plural(page.turns, 'turn')}, ${plural(page.words, 'word')}${span}`,
  ];
  const sample = page.read.sampled ? ` (from a sample of ${page.read.words} of their words)` : '';
  lines.push(page.terms.length ? `Distinctive words${sample}:` : 'No word stands out from the rest of the archive.');
  for (const t of page.terms) lines.push(`  ${t.term}\t${t.count}\t${t.per10k} per 10k (rest ${t.restPer10k})\tz ${t.z}`);
  lines.push('Documents:');
  for (const d of page.documentList)
    lines.push(`  ${d.documentId}\t${d.date ?? 'undated'}\t${d.title}\t${plural(d.turns, 'turn')}\t${plural(d.words, 'word')}`);
  return lines.join('\n');
}
