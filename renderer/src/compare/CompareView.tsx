import { useRef, useState } from 'react';
import type { CompareSide, Comparison, ComparePassage, DocumentListItem, VersionInfo } from '../../../shared/contract/api';
import { api } from '../shared/api';
import { CompareRows, InlineDiff, type Side } from './CompareRows';
import { ThemeRows } from './ThemeRows';
import { CompareSummary } from './CompareSummary';
import { DocumentPicker } from './DocumentPicker';
import { formatDate } from '../shared/format';
import { useRequest, requestKey } from '../shared/useRequest';
import { SimilarPassages } from './SimilarPassages';
import './compare.css';

export interface CompareViewProps {
  /** The documents to compare first (ids); the user can change them, restrict them to a speaker, or swap them. */
  left: number;
  right: number;
  /** Documents offered in the pickers; by default the whole library is fetched. */
  documents?: DocumentListItem[];
  /** Opens a document at a paragraph in the reader (from "Similar passages"). */
  onOpen?(documentId: number, turn: number, paragraph: number): void;
  onClose?(): void;
  /** The archive's documents revision: a new one asks for the list and the comparison again. */
  revision?: number;
}

type Mode = 'side' | 'inline';
type CompareMode = 'auto' | 'versions' | 'themes';

/** Rows the first answer carries: about two screens, so the comparison shows at once and the rest follows. */
const FIRST_SCREEN = 30;

function SidePicker({
  name,
  side,
  documents,
  speakers,
  versions,
  onChange,
}: {
  name: 'Left' | 'Right';
  side: CompareSide;
  documents: DocumentListItem[];
  speakers: string[];
  versions: VersionInfo[];
  onChange(side: CompareSide): void;
}) {
  return (
    <fieldset className="side-picker">
      <legend>{name}</legend>
      <DocumentPicker
        label={`${name} document`}
        value={side.documentId}
        documents={documents}
        onChange={(documentId) => onChange({ documentId })}
      />
      <select
        aria-label={`${name} speaker`}
        value={side.speaker ?? ''}
        onChange={(e) => onChange({ ...side, speaker: e.target.value || null })}
      >
        <option value="">All speakers</option>
        {speakers.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      {versions.length > 0 && (
        <select
          aria-label={`${name} version`}
          value={side.versionId ?? ''}
          onChange={(e) => onChange({ ...side, versionId: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">Current text</option>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {versionLabel(v)}
            </option>
          ))}
        </select>
      )}
    </fieldset>
  );
}

/** Themes or versions: chosen for the texts unless the user picks one. */
function ModeSwitch({
  comparison,
  chosen,
  onChoose,
}: {
  comparison: Comparison | null;
  chosen: CompareMode;
  onChoose(mode: CompareMode): void;
}) {
  return (
    <div role="group" aria-label="Compare as" className="mode">
      <span className="muted">Compare as</span>
      <button
        type="button"
        aria-pressed={comparison?.mode === 'themes'}
        onClick={() => onChoose('themes')}
        title="Passages paired by subject: for two different speeches"
      >
        Themes
      </button>
      <button
        type="button"
        aria-pressed={comparison?.mode === 'versions'}
        onClick={() => onChoose('versions')}
        title="One-to-one alignment with word differences: for two versions of one text"
      >
        Versions
      </button>
      {comparison && chosen === 'auto' && <span className="muted mode-note">chosen for these texts</span>}
      {comparison && chosen !== 'auto' && comparison.suggestedMode !== comparison.mode && (
        <button type="button" className="link-button" onClick={() => onChoose('auto')}>
          {comparison.suggestedMode === 'themes' ? 'these look like different speeches' : 'these look like versions of one text'}
        </button>
      )}
    </div>
  );
}

/** How a version is named in the picker: a replaced text by when, another copy by its file. */
function versionLabel(v: VersionInfo): string {
  const when = `${formatDate(v.replacedAt.slice(0, 10))} ${v.replacedAt.slice(11, 16)}`;
  if (v.kind !== 'other-copy') return `Replaced ${when}`;
  const file = v.source?.split(/[\\/]/).pop();
  return file ? `Other copy: ${file}` : `Other copy, imported ${when}`;
}

/** Runs `reset` when `value` changes (during render: the state it resets is drawn with the new value). */
function useOnChange<T>(value: T, reset: () => void): void {
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    reset();
  }
}

/**
 * Other texts (documents, versions, speakers) or another cut are shown afresh, their rows from the
 * top; a new threshold, or the whole result after the first screen, keeps the place.
 */
function rowsKey(comparison: Comparison): string {
  const side = (s: Comparison['left']): string => `${s.documentId}:${s.versionId ?? ''}:${s.speaker ?? ''}`;
  return `${side(comparison.left)}|${side(comparison.right)}|${comparison.granularity}`;
}

/**
 * Side-by-side comparison of two speeches (or two versions of one): aligned passages with
 * moves linked, word differences, shared phrases, a summary, and similar passages across
 * the archive. The work runs in the main process; this view shows progress meanwhile.
 */
export function CompareView({ left, right, documents: given, onOpen, onClose, revision = 0 }: CompareViewProps) {
  const [leftSide, setLeftSide] = useState<CompareSide>({ documentId: left });
  const [rightSide, setRightSide] = useState<CompareSide>({ documentId: right });
  const [threshold, setThreshold] = useState(0.5);
  const [granularity, setGranularity] = useState<'paragraph' | 'sentence'>('paragraph');
  const [mode, setMode] = useState<Mode | null>(null);
  const [compareMode, setCompareMode] = useState<CompareMode>('auto');
  const [jump, setJump] = useState<{ topic: number; seq: number } | null>(null);
  const [phraseJump, setPhraseJump] = useState<{ side: Side; index: number; seq: number } | null>(null);
  const [activePhrase, setActivePhrase] = useState<number | null>(null);
  const [similar, setSimilar] = useState<{ documentId: number; turn: number; paragraph: number } | null>(null);

  // Other documents chosen outside (the library's selection): the sides start again from them.
  const [shown, setShown] = useState({ left, right });
  if (shown.left !== left || shown.right !== right) {
    setShown({ left, right });
    setLeftSide({ documentId: left });
    setRightSide({ documentId: right });
  }

  const fetched = useRequest(given ? null : requestKey('library:list', revision), () => api().listDocuments(100_000, 0)).data;
  const documents = given ?? fetched ?? [];
  const request = { left: leftSide, right: rightSide, threshold, granularity, mode: compareMode };
  // The first screen first (small: it crosses to the window at once), then the whole comparison,
  // which the worker answers from the same computation. Asked one after the other: a second
  // comparison sent while the first runs would replace it.
  // Later changes (a threshold dragged, a side chosen) are asked 120 ms after they stop; the first comparison at once.
  const shownOnce = useRef(false);
  const first = useRequest(
    requestKey('compare-first', request, revision),
    () => api().compareDocuments({ ...request, firstScreen: FIRST_SCREEN }),
    shownOnce.current ? 120 : 0,
  );
  if (first.data) shownOnce.current = true;
  const firstReady = first.data !== undefined && !first.loading;
  const whole = useRequest(firstReady ? requestKey('compare', request, revision) : null, () => api().compareDocuments(request));
  // While a new comparison is on its way, the last whole one stays on screen (marked stale) until
  // the new first screen comes; the whole one kept while the new whole one loads is not shown.
  const lastWhole = useRef<Comparison | null>(null);
  if (whole.data) lastWhole.current = whole.data;
  const comparison = (whole.loading ? undefined : whole.data) ?? (first.loading ? (lastWhole.current ?? first.data) : first.data) ?? null;
  const busy = first.loading;
  const error = first.error ?? whole.error;
  // A new comparison: no phrase chosen; other texts: no place to go to (their rows, drawn afresh, would go back to the last one).
  useOnChange(comparison, () => setActivePhrase(null));
  useOnChange(comparison && rowsKey(comparison), () => {
    setJump(null);
    setPhraseJump(null);
  });

  const versionMode = leftSide.documentId === rightSide.documentId && (leftSide.versionId ?? null) !== (rightSide.versionId ?? null);
  const shownMode: Mode = comparison?.inline ? (mode ?? (versionMode ? 'inline' : 'side')) : 'side';
  const themes = comparison?.mode === 'themes';
  const choosePhrase = (index: number | null): void => {
    setActivePhrase(index);
    if (index === null || !comparison) return;
    // Rows are drawn only on screen: go to the phrase's first place.
    const at = comparison.passagesLeft.find((p) => p.marks.some((m) => m.phrase === index));
    if (at) setPhraseJump({ side: 'left', index: at.index, seq: Date.now() });
  };

  const openSimilar = (passage: ComparePassage, side: Side): void => {
    const documentId = side === 'left' ? leftSide.documentId : rightSide.documentId;
    setSimilar({ documentId, turn: passage.turn, paragraph: passage.paragraph });
  };

  const speakersOf = (side: Side) => (side === 'left' ? comparison?.left.speakers : comparison?.right.speakers) ?? [];
  const versionsOf = (side: Side) => (side === 'left' ? comparison?.left.versions : comparison?.right.versions) ?? [];
  const heading = comparison ? `${sideHeading(comparison.left)} ↔ ${sideHeading(comparison.right)}` : 'Comparison';

  return (
    <section className="compare-view" aria-label="Comparison" aria-busy={busy}>
      <header className="compare-toolbar" role="toolbar" aria-label="Comparison options">
        <h2 className="compare-title">{heading}</h2>
        <SidePicker
          name="Left"
          side={leftSide}
          documents={documents}
          speakers={speakersOf('left')}
          versions={versionsOf('left')}
          onChange={setLeftSide}
        />
        <button
          type="button"
          className="swap"
          onClick={() => {
            setLeftSide(rightSide);
            setRightSide(leftSide);
          }}
          aria-label="Swap sides"
        >
          ⇄
        </button>
        <SidePicker
          name="Right"
          side={rightSide}
          documents={documents}
          speakers={speakersOf('right')}
          versions={versionsOf('right')}
          onChange={setRightSide}
        />
        {!themes && <ThresholdSlider value={threshold} onChange={setThreshold} />}
        <label>
          Align by{' '}
          <select value={granularity} onChange={(e) => setGranularity(e.target.value as 'paragraph' | 'sentence')}>
            <option value="paragraph">paragraphs</option>
            <option value="sentence">sentences</option>
          </select>
        </label>
        <ModeSwitch comparison={comparison} chosen={compareMode} onChoose={setCompareMode} />
        {comparison?.inline && <ViewSwitch shown={shownMode} onChoose={setMode} />}
        {onClose && (
          <button type="button" onClick={onClose} className="close">
            Close comparison
          </button>
        )}
      </header>
      {busy && (
        <div className="compare-progress" role="status">
          <progress aria-label="Comparing" /> Comparing…
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className={similar ? 'compare-body with-similar' : 'compare-body'}>
        {comparison && (
          <div key={rowsKey(comparison)} className={busy ? 'compare-main stale' : 'compare-main'}>
            <CompareSummary
              comparison={comparison}
              activePhrase={activePhrase}
              onPhrase={choosePhrase}
              onTopic={(topic) => setJump({ topic, seq: Date.now() })}
            />
            {themes ? (
              <ThemeRows comparison={comparison} onSimilar={openSimilar} scrollTo={jump} />
            ) : shownMode === 'inline' ? (
              <InlineDiff comparison={comparison} />
            ) : (
              <CompareRows comparison={comparison} activePhrase={activePhrase} onSimilar={openSimilar} scrollTo={phraseJump} />
            )}
          </div>
        )}
        {similar && <SimilarPassages {...similar} onOpen={onOpen} onClose={() => setSimilar(null)} />}
      </div>
    </section>
  );
}

const sideHeading = (side: Comparison['left']): string => `${side.title} (${formatDate(side.date)})`;

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** How alike two passages must be to be aligned (versions mode). */
function ThresholdSlider({ value, onChange }: { value: number; onChange(value: number): void }) {
  return (
    <div className="threshold">
      <label htmlFor="compare-threshold">Similarity threshold</label>
      <input
        id="compare-threshold"
        type="range"
        min={0.1}
        max={1}
        step={0.05}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        aria-valuetext={percent(value)}
      />
      <span className="threshold-value">{percent(value)}</span>
    </div>
  );
}

/** Two versions of one text: side by side, or inline as tracked changes. */
function ViewSwitch({ shown, onChoose }: { shown: Mode; onChoose(mode: Mode): void }) {
  return (
    <div role="group" aria-label="View" className="mode">
      <button type="button" aria-pressed={shown === 'side'} onClick={() => onChoose('side')}>
        Side by side
      </button>
      <button type="button" aria-pressed={shown === 'inline'} onClick={() => onChoose('inline')}>
        Inline
      </button>
    </div>
  );
}
