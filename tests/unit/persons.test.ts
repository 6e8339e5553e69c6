/**
 * The one person model on real transcripts: spelling variants of a person merge across
 * documents (Kirill Kleymenov / Kleimenov / Kleimyonov / KleYMENOV, Direct Lines 17976 and
 * 57692), tag order joins label order (Jeenbekov Sooronbay, 62149), role words stay roles
 * (Miller Center 2020-04-15), and the user's renames and merges outlive a re-import.
 */
import { documentsOf } from '../../main/import/types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { variantKey } from '../../main/archive/persons';
import { runLibraryCommand } from '../../main/cli/library';
import { personFromLabel } from '../../shared/speaker-names';
import { parseKremlinText } from '../../main/import/kremlin-text';
import type { SearchResult } from '../../shared/contract/api';
import { libraryChannels } from '../../shared/contract/library';
import { mergeSpeakerFigures } from '../../shared/speakers';
import { FIXTURES, tempArchivePath } from './helpers';

const text = (id: string): string => readFileSync(join(FIXTURES, 'kremlin_en_txt', `${id}.txt`), 'utf8');

function archiveOf(...ids: string[]): { archive: Archive; docs: Record<string, number> } {
  const archive = Archive.open(tempArchivePath());
  const docs: Record<string, number> = {};
  for (const id of ids) {
    const [doc] = documentsOf(parseKremlinText(text(id)));
    docs[id] = archive.write(doc, { path: `/${id}.txt`, size: 1, fileHash: id, format: 'kremlin-text' }).id;
  }
  return { archive, docs };
}

type Ok = Extract<SearchResult, { status: 'ok' }>;

function search(archive: Archive, query: string): Ok {
  const result = archive.search.search({ query, limit: 50 });
  if (result.status !== 'ok') throw new Error(`${query}: ${result.status}`);
  return result;
}

const personsOf = (archive: Archive, id: number): string[] => [
  ...new Set(
    archive.library
      .speakers(id)
      .map((s) => s.person)
      .filter((p): p is string => !!p),
  ),
];

describe('variantKey', () => {
  it('joins transliteration, case and name-order variants of one whole name', () => {
    const key = variantKey('Kirill Kleymenov');
    for (const v of ['Kirill Kleimenov', 'Kirill Kleimyonov', 'Kirill KleYMENOV', 'Kleymenov Kirill', 'Кирилл Клейменов'])
      expect(variantKey(v)).toBe(key);
    expect(variantKey('Jeenbekov Sooronbay')).toBe(variantKey('Sooronbay Jeenbekov'));
    expect(variantKey('Dmitriy Peskov')).toBe(variantKey('Dmitry Peskov'));
  });

  it('keeps apart people who share a surname, and a surname from a whole name', () => {
    expect(variantKey('Dmitry Medvedev')).not.toBe(variantKey('Alexander Medvedev'));
    expect(variantKey('Medvedev')).not.toBe(variantKey('Dmitry Medvedev'));
    expect(variantKey('Vladimir Putin')).not.toBe(variantKey('Vladimir Ustinov'));
  });
});

describe('role words are roles', () => {
  it.each([
    // The label's closing dot is punctuation, not part of the role.
    ['Birx Dr.', 'Birx', 'Dr'],
    ['Perdue Secretary', 'Perdue', 'Secretary'],
    ['DR. BIRX', 'Birx', 'Dr.'],
    ['SECRETARY PERDUE', 'Perdue', 'Secretary'],
  ])('%j -> person %j, role %j', (label, person, role) => {
    expect(personFromLabel(label)).toEqual({ person, role });
  });
});

describe('one person across the archive', () => {
  it('shows Kirill Kleymenov one way in both Direct Lines, and finds every spelling by speaker:', () => {
    const { archive, docs } = archiveOf('17976', '57692');
    const labels = archive.library.speakers(docs['17976']).map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(['Kirill Kleymenov', 'Kirill Kleimenov', 'Kirill KleYMENOV']));
    for (const id of Object.values(docs)) {
      const kirill = archive.library.speakers(id).filter((s) => /kle/i.test(s.label));
      expect(new Set(kirill.map((s) => s.person))).toEqual(new Set(['Kirill Kleymenov']));
    }
    const listed = archive.library.persons().filter((p) => /kle/i.test(p.name));
    expect(listed).toHaveLength(1);
    expect(listed[0].documents).toBe(2);
    // A turn labelled "Kirill Kleimyonov" is found by the person's shown name.
    expect(search(archive, 'speaker:"Kirill Kleymenov" centre').groups.map((g) => g.documentId)).toContain(docs['57692']);
    archive.close();
  });

  it('joins the site’s surname-first tag and the speaker label: one person, found by person: and speaker: in either order', () => {
    const { archive, docs } = archiveOf('62149');
    expect(archive.get(docs['62149'])?.persons).toContain('Jeenbekov Sooronbay');
    expect(personsOf(archive, docs['62149'])).toContain('Sooronbay Jeenbekov');
    for (const query of [
      'speaker:"Sooronbay Jeenbekov"',
      'speaker:"Jeenbekov Sooronbay"',
      'person:"Sooronbay Jeenbekov"',
      'person:"Jeenbekov Sooronbay"',
    ]) {
      expect(
        search(archive, query).groups.map((g) => g.documentId),
        query,
      ).toEqual([docs['62149']]);
    }
    const facet = search(archive, 'person:Jeenbekov').facets.person.map((f) => f.value);
    expect(facet).toContain('Sooronbay Jeenbekov');
    // The library's person facet shows the same name, and its stored value still selects the document.
    const person = archive.library.facets({}, 50).facets.person.find((f) => f.value === 'Jeenbekov Sooronbay');
    expect(person).toMatchObject({ label: 'Sooronbay Jeenbekov', count: 1 });
    expect(archive.library.query({ facets: { person: ['Jeenbekov Sooronbay'] } }, { column: 'date', direction: 'desc' }).ids).toEqual([
      docs['62149'],
    ]);
    archive.close();
  });
});

describe('renaming and merging persons', () => {
  it('renames a person everywhere, keeps it across a re-import, and undoes it', () => {
    const { archive, docs } = archiveOf('17976', '57692');
    const change = archive.library.renamePerson('Kirill Kleymenov', 'Kirill Kleimenov');
    expect(change).toMatchObject({ person: 'Kirill Kleimenov', documents: 2 });
    expect(personsOf(archive, docs['57692'])).toContain('Kirill Kleimenov');
    expect(search(archive, 'speaker:"Kirill Kleimenov"').total).toBe(2);
    // Imported again (a changed copy is an update): the document resolves to the renamed person.
    const [again] = documentsOf(parseKremlinText(text('57692').replace('Let us do it.', 'Let us do that.')));
    archive.write(again, { path: '/again.txt', size: 1, fileHash: 'again', format: 'kremlin-text' });
    expect(personsOf(archive, docs['57692'])).toContain('Kirill Kleimenov');
    expect(personsOf(archive, docs['57692'])).not.toContain('Kirill Kleymenov');
    archive.library.restorePersons(change.previous);
    expect(personsOf(archive, docs['57692'])).toContain('Kirill Kleymenov');
    archive.close();
  });

  it('merges two persons no rule joins, and refuses a person not in the archive', () => {
    const { archive, docs } = archiveOf('17093');
    const speakers = archive.library.speakers(docs['17093']);
    const putin = speakers.filter((s) => s.person === 'Vladimir Putin').map((s) => s.label);
    expect(putin).toEqual(expect.arrayContaining(['President of Russia Vladimir Putin', 'Vladimir Putin']));
    const other = speakers.find((s) => s.person && s.person !== 'Vladimir Putin')?.person as string;
    const change = archive.library.mergePersons(other, 'Vladimir Putin');
    expect(change.person).toBe('Vladimir Putin');
    expect(personsOf(archive, docs['17093'])).toEqual(['Vladimir Putin']);
    expect(() => archive.library.mergePersons('Nobody Here', 'Vladimir Putin')).toThrow(/No person named/);
    archive.library.restorePersons(change.previous);
    expect(personsOf(archive, docs['17093'])).toContain(other);
    archive.close();
  });

  it('runs from the command line with JSON and validates the window’s requests', () => {
    const { archive } = archiveOf('17976');
    const lines: string[] = [];
    expect(runLibraryCommand(archive, 'person', ['rename', 'Kirill Kleymenov', 'K. Kleymenov'], {}, true, (t) => lines.push(t))).toBe(0);
    expect(JSON.parse(lines[0])).toMatchObject({ person: 'K. Kleymenov', documents: 1, previous: [{ name: null }] });
    expect(runLibraryCommand(archive, 'person', ['list'], {}, true, (t) => lines.push(t))).toBe(0);
    const list = JSON.parse(lines[1]) as { name: string; words: number }[];
    expect(list.map((p) => p.name)).toContain('K. Kleymenov');
    expect(list[0].name).toBe('Vladimir Putin');
    expect(() => runLibraryCommand(archive, 'person', ['merge', 'only one'], {}, true, () => undefined)).toThrow(/two names/);
    expect(libraryChannels['person:rename'].args.safeParse(['a', '']).success).toBe(false);
    expect(libraryChannels['person:restore'].args.safeParse([[{ variant: 'kirill kleimenov', name: null }]]).success).toBe(true);
    archive.close();
  });
});

describe('the speakers panel after merging', () => {
  it('adds up the labels of one person and lists most words first', () => {
    const { archive, docs } = archiveOf('17093');
    const rows = mergeSpeakerFigures(archive.library.speakers(docs['17093']));
    expect(rows.filter((r) => r.speaker === 'Vladimir Putin')).toHaveLength(1);
    const words = rows.map((r) => r.words);
    expect(words).toEqual([...words].sort((a, b) => b - a));
    const total = archive.library
      .speakers(docs['17093'])
      .filter((s) => s.speaker === 'Vladimir Putin')
      .reduce((n, s) => n + s.words, 0);
    expect(rows[0]).toMatchObject({ speaker: 'Vladimir Putin', words: total });
    archive.close();
  });
});
