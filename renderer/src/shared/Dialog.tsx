import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import './controls.css';

interface Props {
  title: string;
  children: ReactNode;
  onClose(): void;
  /** When given, the dialog is a form and Enter submits it. */
  onSubmit?(): void;
  submitLabel?: string;
  /** The submit button stays greyed out until this is true. */
  ready?: boolean;
  /** Buttons of a dialog that is not a form (e.g. Close). */
  actions?: ReactNode;
  className?: string;
}

/** A modal dialog: labelled, Esc closes, focus moves in and returns to where it was. */
export function Dialog({ title, children, onClose, onSubmit, submitLabel = 'Save', ready = true, actions, className }: Props) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>('input, textarea, select, [data-autofocus], button');
    first?.focus();
    return () => before?.focus?.();
  }, []);
  const trap = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const focusable = [...box.current.querySelectorAll<HTMLElement>('button, input, textarea, select, [tabindex="0"]')].filter(
      (e) => !e.hasAttribute('disabled'),
    );
    if (focusable.length === 0) return;
    const [first, last] = [focusable[0], focusable[focusable.length - 1]];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) onSubmit?.();
  };
  const body = onSubmit ? (
    <form onSubmit={submit}>
      {children}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!ready}>
          {submitLabel}
        </button>
      </div>
    </form>
  ) : (
    <>
      {children}
      {actions && <div className="dialog-actions">{actions}</div>}
    </>
  );
  return (
    // A click outside the dialog closes it, as Esc does (the dialog's own key handler).
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className="backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      {/* The dialog keeps Tab inside itself and closes on Esc. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div ref={box} role="dialog" aria-modal="true" aria-labelledby={id} className={`dialog ${className ?? ''}`} onKeyDown={trap}>
        <h2 id={id}>{title}</h2>
        {body}
      </div>
    </div>
  );
}
