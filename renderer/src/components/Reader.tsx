import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, DocumentDetail, FacetKind, SpeakerFigureView } from '../../../preload/api';
import { api, unwrap } from '../api';
import { longDate } from '../format';
import { formatMarkdownQuote, formatPlainQuote, type QuotePart } from '../reader/citation';
import { FindBar } from '../reader/FindBar';
import { NotesPanel } from '../reader/NotesPanel';
import { currentRange, passageOf, textByTurn, type SelectedPassage } from '../reader/selection';
import { MEASURES, savedPosition, savePosition, useReaderSettings } from '../reader/settings';
import { SpeakersPanel } from '../reader/SpeakersPanel';
import { countHits, Transcript } from '../reader/Transcript';
import { Dialog } from './Dialog';

export type ReaderCommand = 'find' | 'speakers' | 'notes' | 'copy-quote' | 'copy-markdown' | 'annotate' | 'larger' | 'smaller' | 'measure' | 'focus';

interface Props {
  documentId: number | null;
  /** Bumped when the archive changed (an edit, an import) so the document is read again. */
  version: number;
  command: { name: ReaderCommand; n: number } | null;
  /** Show this turn (from a note or a search hit); with `find`, open the find bar on those words, at the first match in that turn. */
  jump: { turn: number; n: number; find?: string } | null;
  onTagClick(kind: FacetKind, value: string): void;
  onEdit(doc: DocumentDetail): void;
  onExport(): void;
  onDelete(): void;
  /** Opens the comparison with this document on the left. */
  onCompare(): void;
  notify(text: string): void;
  onBack(): void;
  onNotesChanged(): void;
}

function TagGroup({ label, kind, values, onClick }: { label: string; kind: FacetKind; values: string[]; onClick: Props['onTagClick'] }) {
  if (values.length === 0) return null;
  return (
    <div className="tag-group">
      <span className="tag-label">{label}</span>
      <ul aria-label={label}>
        {values.map((value) => (
          <li key={value}>
            <button type="button" className="tag" title={`Show documents tagged ${value}`} onClick={() => onClick(kind, value)}>
              {value}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A transcript read as a conversation, with its speakers, notes, find, and quoting. */
export function Reader(props: Props) {
  const { documentId, version, notify } = props;
  const [doc, setDoc] = useState<DocumentDetail | null>(null);
  const [speakers, setSpeakers] = useState<SpeakerFigureView[]>([]);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [settings, updateSettings] = useReaderSettings();
  const [panel, setPanel] = useState<'speakers' | 'notes' | null>(null);
  const [only, setOnly] = useState<string | null>(null);
  const [focusedTurn, setFocusedTurn] = useState<number | null>(null);
  const [find, setFind] = useState<{ open: boolean; query: string; current: number; token: number }>({ open: false, query: '', current: 0, token: 0 });
  const [selection, setSelection] = useState(false);
  const [noteDraft, setNoteDraft] = useState<{ passage?: SelectedPassage; annotation?: Annotation; text: string } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);

  const loadNotes = useCallback(
    (id: number) => unwrap(api().listAnnotations(id)).then(setAnnotations, (e: Error) => setError(e.message)),
    [],
  );

  useEffect(() => {
    let live = true;
    setError(null);
    if (documentId === null) {
      setDoc(null);
      return;
    }
    Promise.all([unwrap(api().getDocument(documentId)), unwrap(api().documentSpeakers(documentId)), unwrap(api().listAnnotations(documentId))]).then(
      ([d, s, a]) => {
        if (!live) return;
        setDoc(d);
        setSpeakers(s);
        setAnnotations(a);
      },
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [documentId, version]);

  // A new document: no filter on speakers, the reading position restored.
  useEffect(() => {
    setOnly(null);
    setFocusedTurn(null);
  }, [documentId]);
  const loadedId = doc?.id ?? null;
  useEffect(() => {
    if (loadedId === null) return;
    const turn = savedPosition(loadedId);
    const el = scroller.current;
    if (!el) return;
    const target = turn > 0 ? el.querySelector<HTMLElement>(`section[data-turn="${turn}"]`) : null;
    el.scrollTop = target ? target.offsetTop - 12 : 0;
  }, [loadedId]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el || loadedId === null) return;
    const top = el.getBoundingClientRect().top;
    const sections = el.querySelectorAll<HTMLElement>('section[data-turn]');
    let turn = 0;
    for (const s of sections) {
      if (s.getBoundingClientRect().bottom > top + 4) {
        turn = Number(s.dataset.turn);
        break;
      }
    }
    savePosition(loadedId, el.scrollTop < 40 ? 0 : turn);
  };

  const byLabel = useMemo(() => new Map(speakers.map((s) => [s.label, s])), [speakers]);
  const visible = useCallback(
    (i: number) => {
      if (only === null || !doc) return true;
      const label = doc.turns[i]?.speaker;
      return !!label && byLabel.get(label)?.speaker === only;
    },
    [only, doc, byLabel],
  );
  const total = useMemo(() => (doc && find.query ? countHits(doc.turns, find.query, visible) : 0), [doc, find.query, visible]);

  useEffect(() => {
    if (!find.query || total === 0) return;
    scroller.current?.querySelector('mark.current')?.scrollIntoView({ block: 'center' });
  }, [find.current, find.query, total]);

  const showTurn = useCallback((turn: number) => {
    setFocusedTurn(turn);
    const el = scroller.current?.querySelector<HTMLElement>(`section[data-turn="${turn}"]`);
    el?.scrollIntoView({ block: 'start' });
  }, []);

  useEffect(() => {
    if (!props.jump || !doc) return;
    const { turn, find: words } = props.jump;
    if (words) {
      // The hits before this turn come first in the find order, so "current" is the turn's first hit.
      const before = countHits(doc.turns.slice(0, turn), words, visible);
      setFind((f) => ({ open: true, query: words, current: before, token: f.token + 1 }));
    }
    showTurn(turn);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.jump?.n, loadedId]);

  // F3 / Shift+F3 step through the matches while the find bar is open.
  useEffect(() => {
    if (!find.open) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'F3') return;
      event.preventDefault();
      setFind((f) => ({ ...f, current: total ? (f.current + (event.shiftKey ? -1 : 1) + total) % total : 0 }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [find.open, total]);

  const step = (speaker: string, direction: 1 | -1) => {
    if (!doc) return;
    const turns = doc.turns.map((t, i) => (t.speaker && byLabel.get(t.speaker)?.speaker === speaker ? i : -1)).filter((i) => i >= 0);
    if (turns.length === 0) return;
    const from = focusedTurn ?? (direction === 1 ? -1 : doc.turns.length);
    const next = direction === 1 ? (turns.find((i) => i > from) ?? turns[0]) : (turns.findLast((i) => i < from) ?? turns[turns.length - 1]);
    showTurn(next);
    notify(`${speaker}: turn ${turns.indexOf(next) + 1} of ${turns.length}`);
  };

  const quoteParts = (): QuotePart[] | null => {
    const range = currentRange(body.current);
    if (!range || !body.current || !doc) return null;
    return textByTurn(body.current, range).map(({ turnIdx, text }) => {
      const label = doc.turns[turnIdx]?.speaker ?? null;
      const figure = label ? byLabel.get(label) : undefined;
      return { speaker: label ? { label, person: figure?.person ?? null, role: figure?.role ?? null } : null, text };
    });
  };

  const copy = async (markdown: boolean) => {
    const parts = quoteParts();
    if (!doc || !parts || parts.length === 0) {
      notify('Select words in the transcript first, then copy them as a quote.');
      return;
    }
    const text = (markdown ? formatMarkdownQuote : formatPlainQuote)(parts, doc);
    try {
      await navigator.clipboard.writeText(text);
      notify(markdown ? 'Quote copied as Markdown, with its citation.' : 'Quote copied with its citation.');
    } catch (e) {
      notify(`The clipboard refused the quote: ${(e as Error).message}`);
    }
  };

  const annotate = () => {
    const range = currentRange(body.current);
    const passage = range ? passageOf(range) : null;
    if (!passage) {
      notify('Select words in one paragraph of the transcript first, then annotate them.');
      return;
    }
    setNoteDraft({ passage, text: '' });
  };

  const saveNote = async () => {
    if (!noteDraft || !doc) return;
    try {
      if (noteDraft.annotation) await unwrap(api().updateAnnotation(noteDraft.annotation.id, noteDraft.text));
      else if (noteDraft.passage) await unwrap(api().addAnnotation({ documentId: doc.id, ...noteDraft.passage, note: noteDraft.text }));
      setNoteDraft(null);
      window.getSelection()?.removeAllRanges();
      setSelection(false);
      await loadNotes(doc.id);
      setPanel('notes');
      props.onNotesChanged();
      notify('Note saved.');
    } catch (e) {
      notify((e as Error).message);
    }
  };

  const run = (name: ReaderCommand) => {
    if (name === 'find') setFind((f) => ({ ...f, open: true, token: f.token + 1 }));
    else if (name === 'speakers' || name === 'notes') setPanel((p) => (p === name ? null : name));
    else if (name === 'copy-quote') void copy(false);
    else if (name === 'copy-markdown') void copy(true);
    else if (name === 'annotate') annotate();
    else if (name === 'larger') updateSettings({ fontSize: settings.fontSize + 1 });
    else if (name === 'smaller') updateSettings({ fontSize: settings.fontSize - 1 });
    else if (name === 'measure') updateSettings({ measure: MEASURES[(MEASURES.indexOf(settings.measure) + 1) % MEASURES.length] });
    else if (name === 'focus') scroller.current?.focus();
  };
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    if (props.command) runRef.current(props.command.name);
  }, [props.command]);

  useEffect(() => {
    const onSelect = () => setSelection(!!currentRange(body.current));
    document.addEventListener('selectionchange', onSelect);
    return () => document.removeEventListener('selectionchange', onSelect);
  }, []);

  if (error) return <p className="empty error">{error}</p>;
  if (documentId === null) {
    return (
      <div className="empty">
        <h2>Choose a transcript to read it</h2>
        <p>Use the arrow keys in the list and Enter to open; Ctrl+K finds documents, speakers and commands; ? lists every shortcut.</p>
      </div>
    );
  }
  if (!doc || doc.id !== documentId) return <p className="empty">Opening…</p>;

  const stepFind = (direction: 1 | -1) => setFind((f) => ({ ...f, current: total ? (f.current + direction + total) % total : 0 }));

  return (
    <div className="reader-frame">
      <div className="reader-toolbar" role="toolbar" aria-label="Reader">
        <button type="button" aria-pressed={panel === 'speakers'} onClick={() => run('speakers')}>
          Speakers
        </button>
        <button type="button" aria-pressed={panel === 'notes'} onClick={() => run('notes')}>
          Notes{annotations.length ? ` (${annotations.length})` : ''}
        </button>
        <button type="button" onClick={() => run('find')} title="Ctrl+F">
          Find
        </button>
        <button type="button" onClick={props.onCompare} title="Compare this transcript with another, side by side">
          Compare with…
        </button>
        <span className="spacer" />
        <button type="button" title="Smaller text (Ctrl+−)" onClick={() => run('smaller')}>
          A−<span className="visually-hidden"> smaller text</span>
        </button>
        <button type="button" title="Larger text (Ctrl++)" onClick={() => run('larger')}>
          A+<span className="visually-hidden"> larger text</span>
        </button>
        <button type="button" title="Line width" onClick={() => run('measure')}>
          <span className="visually-hidden">Line width </span>↔ {settings.measure}
        </button>
        <button type="button" onClick={() => props.onEdit(doc)}>
          Edit…
        </button>
        <button type="button" onClick={props.onExport}>
          Export…
        </button>
        <button type="button" onClick={props.onDelete}>
          Delete
        </button>
      </div>
      {find.open && (
        <FindBar
          query={find.query}
          current={Math.min(find.current, Math.max(0, total - 1))}
          total={total}
          focusToken={find.token}
          onQuery={(query) => setFind((f) => ({ ...f, query, current: 0 }))}
          onStep={stepFind}
          onClose={() => {
            setFind((f) => ({ ...f, open: false, query: '' }));
            scroller.current?.focus();
          }}
        />
      )}
      {panel && (
        <div className="reader-panel" aria-label={panel === 'speakers' ? 'Speakers panel' : 'Notes panel'} role="region">
          {panel === 'speakers' ? (
            <SpeakersPanel speakers={speakers} only={only} onStep={step} onOnly={setOnly} />
          ) : (
            <NotesPanel
              annotations={annotations}
              onJump={(a) => showTurn(a.turnIdx)}
              onEdit={(a) => setNoteDraft({ annotation: a, text: a.note })}
              onDelete={async (a) => {
                await unwrap(api().deleteAnnotation(a.id));
                await loadNotes(doc.id);
                props.onNotesChanged();
              }}
            />
          )}
        </div>
      )}
      <div
        ref={scroller}
        className="reader-scroll"
        tabIndex={-1}
        onScroll={onScroll}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !find.open) props.onBack();
        }}
      >
        <article
          className={`reader measure-${settings.measure}`}
          style={{ fontSize: `${settings.fontSize}px` }}
          aria-labelledby="reader-title"
        >
          <header className="reader-head">
            <h2 id="reader-title">{doc.title}</h2>
            <p className="reader-meta">
              <time dateTime={doc.date ?? undefined}>{longDate(doc.date)}</time>
              {doc.time && <span>{doc.time}</span>}
              {doc.place && <span>{doc.place}</span>}
            </p>
            {doc.summary && <p className="lead">{doc.summary}</p>}
            <div className="tags">
              <TagGroup label="Geography" kind="geography" values={doc.geography} onClick={props.onTagClick} />
              <TagGroup label="Topics" kind="topic" values={doc.topics} onClick={props.onTagClick} />
              <TagGroup label="Persons" kind="person" values={doc.persons} onClick={props.onTagClick} />
            </div>
            {only && (
              <p className="only-note" role="status">
                Showing only {only}’s turns.{' '}
                <button type="button" className="link" onClick={() => setOnly(null)}>
                  Show everyone
                </button>
              </p>
            )}
          </header>
          <div ref={body}>
            <Transcript
              turns={doc.turns}
              speakers={byLabel}
              annotations={annotations}
              query={find.open ? find.query : ''}
              currentHit={Math.min(find.current, Math.max(0, total - 1))}
              only={only}
              focusedTurn={focusedTurn}
            />
          </div>
          <footer className="reader-source" aria-label="Source">
            {doc.url && (
              <p>
                <a href={doc.url} target="_blank" rel="noreferrer noopener">
                  {doc.url}
                </a>
              </p>
            )}
            {doc.sources.map((source) => (
              <p key={source.path}>
                From {source.path} ({source.format}), imported {source.importedAt.slice(0, 10)}
              </p>
            ))}
            {doc.attribution && <p>{doc.attribution}</p>}
          </footer>
        </article>
      </div>
      {selection && (
        <div className="selection-bar" role="toolbar" aria-label="Selected text">
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => run('copy-quote')} title="Ctrl+Shift+C">
            Copy quote
          </button>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => run('copy-markdown')} title="Ctrl+Shift+M">
            Copy as Markdown
          </button>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => run('annotate')} title="Ctrl+Shift+A">
            Annotate…
          </button>
        </div>
      )}
      {noteDraft && (
        <Dialog title={noteDraft.annotation ? 'Edit note' : 'Annotate'} onClose={() => setNoteDraft(null)} onSubmit={() => void saveNote()} submitLabel="Save note">
          <blockquote className="note-passage">{noteDraft.passage?.quote ?? noteDraft.annotation?.quote}</blockquote>
          <label className="field">
            Note
            <textarea rows={4} value={noteDraft.text} onChange={(e) => setNoteDraft({ ...noteDraft, text: e.target.value })} />
          </label>
        </Dialog>
      )}
    </div>
  );
}
