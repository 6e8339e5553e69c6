import { useState } from 'react';
import type { PersonChange, SpeakerFigureView } from '../../../shared/contract/api';
import { mergeSpeakerFigures } from '../../../shared/speakers';
import { undoPersonChange } from '../app/operations/persons';
import { useStore } from '../app/store';
import { formatNumber, plural } from '../shared/format';
import { MergePersonDialog, RenamePersonDialog } from './PersonDialogs';

interface Props {
  speakers: SpeakerFigureView[];
  only: string | null;
  onStep(speaker: string, direction: 1 | -1): void;
  onOnly(speaker: string | null): void;
}

/** Who spoke, with turns and words, most words first; a name steps through that speaker's turns; a person can be renamed or merged. */
export function SpeakersPanel({ speakers, only, onStep, onOnly }: Props) {
  const store = useStore();
  const [dialog, setDialog] = useState<{ kind: 'rename' | 'merge'; person: string } | null>(null);
  const [last, setLast] = useState<PersonChange | null>(null);
  // Labels that resolve to one person (e.g. "Vladimir Putin" and "President of Russia Vladimir Putin") count together.
  const merged = mergeSpeakerFigures(speakers);
  if (merged.length === 0) return <p className="hint">No speaker labels in this transcript.</p>;
  return (
    <>
      <table className="speakers-panel" aria-label="Speakers">
        <thead>
          <tr>
            <th scope="col">Speaker</th>
            <th scope="col">Turns</th>
            <th scope="col">Words</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {merged.map((s) => (
            <tr key={s.speaker} className={only === s.speaker ? 'only' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="link speaker-step"
                  onClick={() => onStep(s.speaker, 1)}
                  title="Next turn by this speaker (N)"
                >
                  <span className="person">{s.person ?? s.label}</span>
                  {s.person && s.role && <span className="role">, {s.role}</span>}
                </button>
              </th>
              <td>{formatNumber(s.turns)}</td>
              <td>{formatNumber(s.words)}</td>
              <td className="actions">
                <button type="button" aria-label={`Previous turn by ${s.speaker}`} onClick={() => onStep(s.speaker, -1)}>
                  ‹
                </button>
                <button type="button" aria-label={`Next turn by ${s.speaker}`} onClick={() => onStep(s.speaker, 1)}>
                  ›
                </button>
                <button type="button" aria-pressed={only === s.speaker} onClick={() => onOnly(only === s.speaker ? null : s.speaker)}>
                  Only
                </button>
                {s.person && (
                  <>
                    <button
                      type="button"
                      aria-label={`Rename person ${s.person}…`}
                      title="Rename person…"
                      onClick={() => setDialog({ kind: 'rename', person: s.person as string })}
                    >
                      Rename…
                    </button>
                    <button
                      type="button"
                      aria-label={`Merge ${s.person} with…`}
                      title="Merge with…"
                      onClick={() => setDialog({ kind: 'merge', person: s.person as string })}
                    >
                      Merge…
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {last && (
        <p className="hint" role="status">
          “{last.person}”: {plural(last.documents, 'document')} changed.{' '}
          <button type="button" className="link" onClick={() => void undoPersonChange(store, last).then((ok) => ok && setLast(null))}>
            Undo
          </button>
        </p>
      )}
      {dialog?.kind === 'rename' && <RenamePersonDialog person={dialog.person} onClose={() => setDialog(null)} onDone={setLast} />}
      {dialog?.kind === 'merge' && <MergePersonDialog person={dialog.person} onClose={() => setDialog(null)} onDone={setLast} />}
    </>
  );
}
