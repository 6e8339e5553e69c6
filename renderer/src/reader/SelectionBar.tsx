/**
 * A small toolbar just above the words selected in the transcript: copy them as a
 * quote, as Markdown, or annotate them. Its commands are the registry's text-menu ones.
 */
import { useEffect, useState, type RefObject } from 'react';
import { displayKeys } from '../app/commands/keys';
import { command } from '../app/commands/registry';
import { useStore } from '../app/store';
import { currentRange } from './selection';

const BAR = ['copy-quote', 'copy-markdown', 'annotate'].map(command);
const LABELS: Record<string, string> = { 'copy-quote': 'Copy quote', 'copy-markdown': 'Copy as Markdown', annotate: 'Annotate…' };

export function SelectionBar({ frame, body }: { frame: RefObject<HTMLDivElement | null>; body: RefObject<HTMLDivElement | null> }) {
  const store = useStore();
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);

  useEffect(() => {
    const update = (): void => {
      const range = currentRange(body.current);
      const box = frame.current?.getBoundingClientRect();
      if (!range || !box) return setPlace(null);
      const rect = range.getBoundingClientRect();
      const scroll = frame.current?.querySelector('.reader-scroll')?.getBoundingClientRect();
      // Above the selection, inside the reader; below it when the selection starts at the top.
      const above = rect.top - box.top - 44;
      const top = scroll && rect.top - 44 < scroll.top ? rect.bottom - box.top + 8 : above;
      setPlace({
        left: Math.min(Math.max(8, rect.left - box.left + rect.width / 2), box.width - 8),
        top: Math.max(4, Math.min(top, box.height - 44)),
      });
    };
    document.addEventListener('selectionchange', update);
    const scroller = frame.current?.querySelector('.reader-scroll');
    scroller?.addEventListener('scroll', update, { passive: true });
    return () => {
      document.removeEventListener('selectionchange', update);
      scroller?.removeEventListener('scroll', update);
    };
  }, [frame, body]);

  if (!place) return null;
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected text" style={{ left: place.left, top: place.top }}>
      {BAR.map((c) => (
        <button
          key={c.id}
          type="button"
          title={c.keys ? `${c.help ?? c.label} (${displayKeys(c.keys[0])})` : c.label}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => void c.run(store)}
        >
          {LABELS[c.id]}
        </button>
      ))}
    </div>
  );
}
