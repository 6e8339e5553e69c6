import type { SpeakerFigureView } from '../../../preload/api';
import { formatNumber } from '../shared/format';

interface Props {
  speakers: SpeakerFigureView[];
  only: string | null;
  onStep(speaker: string, direction: 1 | -1): void;
  onOnly(speaker: string | null): void;
}

/** Who spoke, with turns and words; a name steps through that speaker's turns. */
export function SpeakersPanel({ speakers, only, onStep, onOnly }: Props) {
  // Labels that resolve to one person (e.g. "Vladimir Putin" and "President of Russia Vladimir Putin") count together.
  const merged = new Map<string, SpeakerFigureView>();
  for (const s of speakers) {
    const m = merged.get(s.speaker);
    merged.set(s.speaker, m ? { ...m, turns: m.turns + s.turns, words: m.words + s.words } : s);
  }
  if (merged.size === 0) return <p className="hint">No speaker labels in this transcript.</p>;
  return (
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
        {[...merged.values()].map((s) => (
          <tr key={s.speaker} className={only === s.speaker ? 'only' : undefined}>
            <th scope="row">
              <button type="button" className="link speaker-step" onClick={() => onStep(s.speaker, 1)} title="Next turn by this speaker (N)">
                <span className="person">{s.person ?? s.label}</span>
                {s.person && s.role && <span className="role"> {s.role}</span>}
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
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
