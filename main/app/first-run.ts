import { join } from 'node:path';
import type { ImportReport } from '../../shared/contract/api';
import type { Archive } from '../archive/archive';
import { importPaths } from '../importer/importer';

/** The bundled sample (en.kremlin.ru pages, CC BY 4.0) that an empty archive starts with. */
export function sampleFolder(resourcesRoot: string): string {
  return join(resourcesRoot, 'sample');
}

/** Imports the bundled sample when the archive holds no document yet. */
export async function importSampleIfEmpty(archive: Archive, resourcesRoot: string): Promise<ImportReport | null> {
  if (archive.count() > 0) return null;
  return importPaths(archive, [join(sampleFolder(resourcesRoot), 'kremlin-events-2019-11-28.txt')]);
}
