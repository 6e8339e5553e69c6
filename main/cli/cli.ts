/**
 * The command line on the same core as the app:
 *   verbatim import <path>... --archive <file> [--json] [--map field=column,...]
 *   verbatim list --archive <file> [--json]
 *   verbatim show <id> --archive <file> [--json] [--explain-labels] (labels.ts: why each line became a speaker label)
 *   verbatim compare <idA> <idB> --archive <file> [--json] [--speaker-left NAME] [--speaker-right NAME] (compare.ts)
 *   verbatim search "<query>" --archive <file> [--json] [--limit N] [--sort date] (search.ts)
 *   verbatim edit <id> [--title T] [--date D] [--place P] [--tags a,b] / delete <id>... / undo (library.ts)
 *   verbatim kwic / trend / speakers / collocates / cite (analysis.ts)
 * Output shapes are a public interface: extend them, never break them.
 */
import { parseArgs } from 'node:util';
import { Archive } from '../archive/archive';
import { parseMapArg, type ColumnMapping } from '../import/dataset';
import { importPaths } from '../importer/importer';
import { formatDocument, formatImportReport, formatList, showJson } from './format';
import { COMPARE_OPTIONS, COMPARE_USAGE, runCompare } from './compare';
import { runSearch, SEARCH_OPTIONS, SEARCH_USAGE } from './search';
import { isLibraryCommand, LIBRARY_OPTIONS, LIBRARY_USAGE, runLibraryCommand } from './library';
import { ANALYSIS_OPTIONS, ANALYSIS_USAGE, isAnalysisCommand, runAnalysisCommand } from './analysis';
import { EXPLAIN_LABELS_OPTIONS, EXPLAIN_LABELS_USAGE, explainDocumentLabels, explainDocumentSources } from './labels';
import { UsageError } from './usage';

const USAGE = `Usage:
  verbatim import <file-or-folder>... --archive <file> [--json] [--map field=column,...]
  verbatim list --archive <file> [--json]
  verbatim show <id> --archive <file> [--json]
${COMPARE_USAGE}
${SEARCH_USAGE}
${LIBRARY_USAGE}
${EXPLAIN_LABELS_USAGE}
${ANALYSIS_USAGE}`;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Runs one CLI command; returns the exit code. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        archive: { type: 'string' },
        json: { type: 'boolean', default: false },
        map: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        ...COMPARE_OPTIONS,
        ...SEARCH_OPTIONS,
        ...LIBRARY_OPTIONS,
        ...EXPLAIN_LABELS_OPTIONS,
        ...ANALYSIS_OPTIONS,
      },
    });
  } catch (error) {
    io.err(`verbatim: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 2;
  }
  if (!values.archive) {
    io.err(`verbatim: --archive <file> is required\n${USAGE}`);
    return 2;
  }
  let archive: Archive;
  try {
    archive = Archive.open(values.archive);
  } catch (error) {
    io.err(`verbatim: cannot open the archive ${values.archive}: ${(error as Error).message}`);
    return 1;
  }
  try {
    if (command === 'compare') return runCompare(archive, rest, values, values.json ?? false, io.out);
    if (command === 'search') return runSearch(archive, rest, values, values.json ?? false, io);
    if (isLibraryCommand(command)) return runLibraryCommand(archive, command, rest, values, values.json ?? false, io.out);
    if (isAnalysisCommand(command)) return runAnalysisCommand(archive, command, rest, values, values.json ?? false, io);
    return await runCommand(archive, command, rest, values.json ?? false, values.map, io, values['explain-labels'] ?? false);
  } catch (error) {
    const usage = error instanceof UsageError;
    io.err(`verbatim: ${(error as Error).message}${usage ? `\n${USAGE}` : ''}`);
    return usage ? 2 : 1;
  } finally {
    archive.close();
  }
}

async function runCommand(
  archive: Archive,
  command: string,
  args: string[],
  json: boolean,
  map: string | undefined,
  io: Io,
  explainLabels = false,
): Promise<number> {
  switch (command) {
    case 'import': {
      if (args.length === 0) throw new UsageError('import needs at least one file or folder');
      let mapping: ColumnMapping | undefined;
      if (map !== undefined) {
        const result = parseMapArg(map);
        if ('error' in result) throw new UsageError(`--map: ${result.error}`);
        mapping = result;
      }
      const report = await importPaths(archive, args, { mapping });
      io.out(json ? JSON.stringify(report) : formatImportReport(report));
      return 0;
    }
    case 'list': {
      const rows = archive.list(Number.MAX_SAFE_INTEGER, 0);
      io.out(json ? JSON.stringify(rows) : formatList(rows));
      return 0;
    }
    case 'show': {
      if (args.length !== 1 || !/^\d+$/.test(args[0])) throw new UsageError('show needs one document id (a number)');
      const doc = archive.get(Number(args[0]));
      if (!doc) throw new Error(`no document with id ${args[0]} in ${archive.path}`);
      if (json)
        io.out(JSON.stringify(explainLabels ? { ...showJson(doc), labelExplanations: explainDocumentSources(doc) } : showJson(doc)));
      else io.out(explainLabels ? `${formatDocument(doc)}\n\n${explainDocumentLabels(doc)}` : formatDocument(doc));
      return 0;
    }
    default:
      throw new UsageError(`unknown command “${command}”`);
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`verbatim: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
