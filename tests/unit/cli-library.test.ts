import { describe, expect, it } from 'vitest';
import { cli, SEED, tempArchivePath } from './helpers';

async function seeded(): Promise<{ archive: string; ids: number[] }> {
  const archive = tempArchivePath();
  const report = JSON.parse((await cli('import', SEED, '--archive', archive, '--json')).out) as { documents: { id: number }[] };
  return { archive, ids: report.documents.map((d) => d.id) };
}

describe('verbatim edit, delete and undo', () => {
  it('edits title, date, place and tags, printing the document after the edit', async () => {
    const { archive, ids } = await seeded();
    const result = await cli(
      'edit',
      String(ids[0]),
      '--title',
      'Talks in Bishkek',
      '--date',
      '2019-11-27',
      '--place',
      'Ala Archa',
      '--tags',
      'Kyrgyzstan, Talks',
      '--archive',
      archive,
      '--json',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({
      id: ids[0],
      title: 'Talks in Bishkek',
      date: '2019-11-27',
      place: 'Ala Archa',
      topics: ['Kyrgyzstan', 'Talks'],
      persons: expect.any(Array),
      geography: expect.any(Array),
    });
    const shown = JSON.parse((await cli('show', String(ids[0]), '--archive', archive, '--json')).out);
    expect(shown).toMatchObject({ title: 'Talks in Bishkek', date: '2019-11-27', place: 'Ala Archa' });
    // An empty value clears a field.
    expect(JSON.parse((await cli('edit', String(ids[0]), '--place', '', '--archive', archive, '--json')).out).place).toBeNull();
  });

  it('refuses what the window refuses, as usage errors (exit 2)', async () => {
    const { archive, ids } = await seeded();
    for (const args of [
      ['edit', String(ids[0]), '--date', '2019-13-45'],
      ['edit', String(ids[0]), '--date', '2019-02-30'],
      ['edit', String(ids[0]), '--title', '  '],
      ['edit', String(ids[0])],
      ['edit', 'first', '--title', 'X'],
      ['delete'],
      ['undo', 'now'],
    ]) {
      const result = await cli(...args, '--archive', archive);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.err).toMatch(/^verbatim: /);
    }
    expect((await cli('edit', '999', '--title', 'X', '--archive', archive)).code).toBe(1);
    expect(JSON.parse((await cli('show', String(ids[0]), '--archive', archive, '--json')).out).date).toBe('2019-11-28');
  });

  it('deletes into the trash and undo puts the most recent delete back', async () => {
    const { archive, ids } = await seeded();
    const deleted = JSON.parse((await cli('delete', String(ids[0]), '999', '--archive', archive, '--json')).out);
    expect(deleted).toEqual({ batch: expect.any(String), deleted: 1, ids: [ids[0]] });
    expect(JSON.parse((await cli('list', '--archive', archive, '--json')).out)).toHaveLength(1);
    const undone = await cli('undo', '--archive', archive, '--json');
    expect(undone.code).toBe(0);
    expect(JSON.parse(undone.out)).toEqual({ batch: deleted.batch, restored: 1, ids: [ids[0]], notRestored: [] });
    expect(JSON.parse((await cli('list', '--archive', archive, '--json')).out)).toHaveLength(2);
    const empty = await cli('undo', '--archive', archive, '--json');
    expect(empty).toMatchObject({ code: 1, err: expect.stringMatching(/nothing to undo/) });
  });
});
