// Dev aid: writes the parser's view of each file in DUMP (comma-separated) to DUMP_OUT as JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { parseKremlinHtml } from '../../main/import/kremlin-html';

test('dump', () => {
  const files = (process.env.DUMP ?? '').split(',').filter(Boolean);
  const out = files.map((file) => ({ file, outcome: parseKremlinHtml(readFileSync(file, 'utf8')) }));
  if (files.length) writeFileSync(process.env.DUMP_OUT ?? '/tmp/kremlin-html-dump.json', JSON.stringify(out, null, 1));
});
