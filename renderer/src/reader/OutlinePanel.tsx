/** The transcript's outline: every turn, by whom and its first words; a click goes there. For long transcripts. */
import type { SpeakerFigureView, TurnView } from '../../../shared/contract/api';
import { isOmission } from '../../../shared/text';

interface Props {
  turns: TurnView[];
  byLabel: Map<string, SpeakerFigureView>;
  current: number | null;
  onJump(turn: number): void;
}

const firstWords = (text: string): string => {
  const paragraph = text.split('\n\n').find((p) => !isOmission(p)) ?? '';
  return paragraph.length > 120 ? `${paragraph.slice(0, 120)}…` : paragraph;
};

export function OutlinePanel({ turns, byLabel, current, onJump }: Props) {
  if (turns.length === 0) return <p className="hint">This document has no transcript text.</p>;
  return (
    <ol className="outline-list" aria-label="Outline">
      {turns.map((turn, i) => {
        const figure = turn.speaker ? byLabel.get(turn.speaker) : undefined;
        return (
          <li key={i} className={current === i ? 'current' : undefined}>
            <button type="button" onClick={() => onJump(i)} aria-current={current === i || undefined}>
              <span className="outline-turn">{i + 1}</span>
              <span className="outline-speaker">{turn.speaker ? (figure?.person ?? turn.speaker) : 'Narration'}</span>
              <span className="outline-words">{firstWords(turn.text)}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
