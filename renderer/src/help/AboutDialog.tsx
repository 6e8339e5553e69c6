/** About Verbatim: the version, the licence, and the licences of what it is built with. */
import packageText from '../../../package.json?raw';
import { Dialog } from '../shared/Dialog';

const pkg = JSON.parse(packageText) as { version: string; license: string };

const PARTS: [name: string, licence: string, what: string][] = [
  ['Electron', 'MIT', 'the desktop shell'],
  ['React', 'MIT', 'the window'],
  ['TanStack Virtual', 'MIT', 'long lists'],
  ['Zod', 'MIT', 'the checks on every request'],
  ['better-sqlite3 and SQLite', 'MIT, public domain', 'the archive and its full-text index'],
  ['htmlparser2', 'MIT', 'reading saved pages'],
  ['MiniSearch', 'MIT', 'suggestions'],
  ['Papa Parse', 'MIT', 'CSV datasets'],
  ['yauzl', 'MIT', 'zip files'],
  ['iconv-lite, chardet', 'MIT', 'text encodings'],
  ['snowball-stemmers', 'MIT', 'word stems for search'],
];

export function AboutDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog
      title="About Verbatim"
      onClose={onClose}
      className="about"
      actions={
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <p className="about-lead">
        <strong>Verbatim {pkg.version}</strong> — an offline archive reader for official speech transcripts. {pkg.license} licence.
      </p>
      <p className="hint">
        Transcripts from en.kremlin.ru are published under Creative Commons Attribution 4.0; quotes carry that attribution.
      </p>
      <table className="shortcuts">
        <caption>Built with</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Licence</th>
            <th scope="col">For</th>
          </tr>
        </thead>
        <tbody>
          {PARTS.map(([name, licence, what]) => (
            <tr key={name}>
              <td>{name}</td>
              <td>{licence}</td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
