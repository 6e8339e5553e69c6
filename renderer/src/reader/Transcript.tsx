import { memo } from 'react';
import type { Annotation, SpeakerFigureView, TurnView } from '../../../shared/contract/api';
import { isOmission } from '../../../shared/text';
import { anchor, findAll, segment, type Mark } from './segments';

interface Props {
  turns: TurnView[];
  speakers: Map<string, SpeakerFigureView>;
  annotations: Annotation[];
  query: string;
  currentHit: number;
  /** Show only this speaker's turns (by facet value), or everyone. */
  only: string | null;
  /** The turn stepped to from the speakers panel. */
  focusedTurn: number | null;
}

/** Numbers every find hit in document order: turn, paragraph, offset. */
export function countHits(turns: TurnView[], query: string, visible: (index: number) => boolean): number {
  let n = 0;
  turns.forEach((turn, i) => {
    if (!visible(i)) return;
    for (const p of turn.text.split('\n\n')) if (!isOmission(p)) n += findAll(p, query).length;
  });
  return n;
}

function SpeakerLabel({ label, figure }: { label: string; figure?: SpeakerFigureView }) {
  if (!figure?.person || !figure.role) return <h3 className="speaker">{label}</h3>;
  // Role and name set apart; the text still reads as the printed label.
  return (
    <h3 className="speaker">
      <span className="role">{figure.role}</span> <span className="person">{figure.person}</span>
    </h3>
  );
}

/** The transcript as a conversation. Imported text is rendered as text, never as HTML. */
export const Transcript = memo(function Transcript({ turns, speakers, annotations, query, currentHit, only, focusedTurn }: Props) {
  let hitNo = 0;
  return (
    <div className="transcript">
      {turns.map((turn, index) => {
        const figure = turn.speaker ? speakers.get(turn.speaker) : undefined;
        if (only !== null && figure?.speaker !== only) return null;
        return (
          <section
            key={index}
            className={`${turn.speaker ? 'turn' : 'turn narration'}${focusedTurn === index ? ' focused' : ''}`}
            data-turn={index}
            aria-label={turn.speaker ? undefined : 'Narration'}
          >
            {turn.speaker && <SpeakerLabel label={turn.speaker} figure={figure} />}
            <div className="speech">
              {turn.text.split('\n\n').map((paragraph, p) => {
                if (isOmission(paragraph)) {
                  return (
                    <p key={p} className="omission" data-turn={index} data-par={p} aria-label="Omission in the published transcript">
                      &lt;…&gt;
                    </p>
                  );
                }
                const marks: Mark[] = [];
                for (const a of annotations) {
                  if (a.turnIdx !== index || a.paragraph !== p) continue;
                  const at = anchor(paragraph, a.start, a.end, a.quote);
                  if (at) marks.push({ ...at, kind: 'annotation', id: a.id });
                }
                for (const h of findAll(paragraph, query)) marks.push({ ...h, kind: 'hit', id: hitNo++ });
                return (
                  <p key={p} data-turn={index} data-par={p}>
                    {marks.length === 0
                      ? paragraph
                      : segment(paragraph, marks).map((s, i) => {
                          if (s.hit === null && s.annotation === null) return s.text;
                          const classes = [
                            s.hit !== null && 'hit',
                            s.hit === currentHit && 'current',
                            s.annotation !== null && 'annotation',
                          ];
                          return (
                            <mark
                              key={i}
                              className={classes.filter(Boolean).join(' ')}
                              data-hit={s.hit ?? undefined}
                              data-annotation={s.annotation ?? undefined}
                            >
                              {s.text}
                            </mark>
                          );
                        })}
                  </p>
                );
              })}
            </div>
          </section>
        );
      })}
      {turns.length === 0 && <p className="empty">This document has no transcript text.</p>}
    </div>
  );
});
