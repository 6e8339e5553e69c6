import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './helpers';

/** Real Miller Center transcripts, copied under distinct dates and titles so each is its own document. */
export function manyTranscripts(dir: string, count: number): void {
  const source = join(FIXTURES, 'miller_center_txt');
  const texts = readdirSync(source).map((name) => readFileSync(join(source, name), 'utf8'));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(join(dir, `${day}-remarks-number-${i}.txt`), texts[i % texts.length]);
  }
}
