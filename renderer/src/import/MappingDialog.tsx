import { useState } from 'react';
import type { ImportRequestOptions } from '../../../shared/contract/api';
import { DOCUMENT_FIELDS, type DocumentField } from '../../../shared/contract/names';
import { Dialog } from '../shared/Dialog';

type Field = DocumentField;
type Mapping = NonNullable<ImportRequestOptions['mapping']>;

const LABELS: Record<Field, string> = {
  title: 'Title',
  date: 'Date',
  time: 'Time',
  text: 'Transcript text',
  speaker: 'Speaker',
  place: 'Place',
  url: 'Source URL',
  summary: 'Summary or lead',
  tags: 'Tags',
  topics: 'Topics',
  persons: 'Persons',
  geography: 'Geography',
};

interface Props {
  /** The dataset files that need a mapping, with the columns each has. */
  files: { path: string; columns: string[]; samples: Record<string, string> }[];
  onImport(paths: string[], mapping: Mapping): void;
  onCancel(): void;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Asks which column holds what, for datasets whose column names Verbatim did
 * not recognise. A title or a text column is needed; the rest is optional.
 */
export function MappingDialog({ files, onImport, onCancel }: Props) {
  const columns = [...new Set(files.flatMap((f) => f.columns))];
  const sample = (column: string): string | undefined => files.map((f) => f.samples[column]).find(Boolean);
  const [mapping, setMapping] = useState<Mapping>({});
  const ready = Boolean(mapping.text || mapping.title);

  return (
    <Dialog
      title="Match the columns"
      className="mapping-dialog"
      submitLabel="Import with these columns"
      ready={ready}
      onClose={onCancel}
      onSubmit={() =>
        onImport(
          files.map((f) => f.path),
          mapping,
        )
      }
    >
      <p>
        Verbatim did not recognise the columns of {files.length === 1 ? baseName(files[0].path) : `${files.length} files`}. Choose which
        column holds what; a title or a transcript text column is needed, the rest is optional.
      </p>
      <table className="mapping-samples">
        <caption>The file’s columns and their first values</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">First value</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column}>
              <th scope="row">{column}</th>
              <td>{sample(column) ?? '(empty)'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mapping-grid">
        {DOCUMENT_FIELDS.map((field) => (
          <label key={field}>
            <span>{LABELS[field]}</span>
            <select
              value={mapping[field] ?? ''}
              onChange={(event) => {
                const value = event.target.value;
                setMapping((current) => {
                  const next = { ...current };
                  if (value) next[field] = value;
                  else delete next[field];
                  return next;
                });
              }}
            >
              <option value="">— none —</option>
              {columns.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </Dialog>
  );
}
