/**
 * The right pane: the transcript in the reader (cursor) with its toolbar, find bar,
 * speakers or notes panel, and the toolbar over selected words. The reader's state
 * (panel, find, target, speaker filter) is in the store; its data comes by request.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Annotation } from '../../../shared/contract/api';
import { displayKeys } from '../app/commands/keys';
import { notify } from '../app/operations/notify';
import { useAppState, useStore } from '../app/store';
import { api } from '../shared/api';
import { FindBar } from './FindBar';
import { NotesPanel } from './NotesPanel';
import { OutlinePanel } from './OutlinePanel';
import { ReaderDocument } from './ReaderDocument';
import { ReaderToolbar } from './ReaderToolbar';
import { scrollToTurn } from './scroll';
import { SelectionBar } from './SelectionBar';
import { SpeakersPanel } from './SpeakersPanel';
import { countHits } from './Transcript';
import { useReaderData } from './useReaderData';
import { useReaderPosition } from './useReaderPosition';
import './reader.css';

const modulo = (n: number, m: number): number => (m ? ((n % m) + m) % m : 0);

export function Reader() {
  const store = useStore();
  const documentId = useAppState((s) => s.cursor);
  const panel = useAppState((s) => s.reader.panel);
  const only = useAppState((s) => s.reader.only);
  const find = useAppState((s) => s.reader.find);
  const focusedTurn = useAppState((s) => s.reader.focusedTurn);
  const { doc: answer, speakers, annotations } = useReaderData(documentId);
  const doc = answer.data?.id === documentId ? answer.data : undefined;
  const frame = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const onScroll = useReaderPosition(doc, scroller);

  const byLabel = useMemo(() => new Map(speakers.map((s) => [s.label, s])), [speakers]);
  const visible = useCallback(
    (i: number) => only === null || (!!doc?.turns[i]?.speaker && byLabel.get(doc.turns[i].speaker as string)?.speaker === only),
    [only, doc, byLabel],
  );
  const total = useMemo(
    () => (doc && find.open && find.query ? countHits(doc.turns, find.query, visible) : 0),
    [doc, find.open, find.query, visible],
  );
  const current = modulo(find.current, total);

  // The current match is brought into view as the find moves.
  useEffect(() => {
    if (find.query && total) scroller.current?.querySelector('mark.current')?.scrollIntoView({ block: 'center' });
  }, [current, find.query, total]);

  const showTurn = (turn: number) => {
    store.dispatch({ type: 'reader/focus-turn', turn });
    scrollToTurn(turn);
  };
  const step = (speaker: string, direction: 1 | -1) => {
    if (!doc) return;
    const turns = doc.turns.map((t, i) => (t.speaker && byLabel.get(t.speaker)?.speaker === speaker ? i : -1)).filter((i) => i >= 0);
    if (turns.length === 0) return;
    const from = focusedTurn ?? (direction === 1 ? -1 : doc.turns.length);
    const next = direction === 1 ? (turns.find((i) => i > from) ?? turns[0]) : (turns.findLast((i) => i < from) ?? turns[turns.length - 1]);
    showTurn(next);
    notify(store, `${speaker}: turn ${turns.indexOf(next) + 1} of ${turns.length}`);
  };
  const deleteNote = async (a: Annotation) => {
    const result = await api().deleteAnnotation(a.id);
    if (!result.ok) return notify(store, result.error);
    store.dispatch({ type: 'changed', topics: ['annotations'] });
  };

  if (documentId === null) {
    return (
      <div className="empty">
        <h2>Choose a transcript to read it</h2>
        <p>
          Use the arrow keys in the list and Enter to open; {displayKeys('Mod+K')} finds documents, speakers and commands; ? lists every
          shortcut.
        </p>
      </div>
    );
  }
  if (answer.error && !doc) return <p className="empty error">{answer.error}</p>;
  if (!doc) return <p className="empty">Opening…</p>;

  return (
    <div className="reader-frame" ref={frame}>
      <ReaderToolbar notes={annotations.length} />
      {find.open && (
        <FindBar
          query={find.query}
          current={current}
          total={total}
          onQuery={(query) => store.dispatch({ type: 'reader/find', find: { query, current: 0 } })}
          onStep={(by) => store.dispatch({ type: 'reader/find-step', by })}
          onClose={() => {
            store.dispatch({ type: 'reader/find', find: { open: false, query: '' } });
            scroller.current?.focus();
          }}
        />
      )}
      {panel && (
        <div className="reader-panel" aria-label={`${panel[0].toUpperCase()}${panel.slice(1)} panel`} role="region">
          {panel === 'outline' ? (
            <OutlinePanel turns={doc.turns} byLabel={byLabel} current={focusedTurn} onJump={showTurn} />
          ) : panel === 'speakers' ? (
            <SpeakersPanel
              speakers={speakers}
              only={only}
              onStep={step}
              onOnly={(speaker) => store.dispatch({ type: 'reader/only', speaker })}
            />
          ) : (
            <NotesPanel
              annotations={annotations}
              onJump={(a) => showTurn(a.turnIdx)}
              onEdit={(a) => store.dispatch({ type: 'dialog/open', dialog: { kind: 'edit-note', annotation: a } })}
              onDelete={(a) => void deleteNote(a)}
            />
          )}
        </div>
      )}
      <div
        ref={scroller}
        className="reader-scroll"
        tabIndex={-1}
        onScroll={onScroll}
        onContextMenu={(e) => {
          if (!window.getSelection()?.toString().trim()) return;
          e.preventDefault();
          store.dispatch({ type: 'menu/open', menu: { where: 'text-menu', x: e.clientX, y: e.clientY } });
        }}
      >
        <ReaderDocument
          doc={doc}
          byLabel={byLabel}
          annotations={annotations}
          findQuery={find.open ? find.query : ''}
          currentHit={current}
          bodyRef={body}
        />
      </div>
      <SelectionBar frame={frame} body={body} />
    </div>
  );
}
