/**
 * A popup menu (role="menu"): the right-click menus, the reader's Export and More menus.
 * Arrow keys, Home/End and first letters move; Enter or Space chooses; Esc or a click
 * outside closes it and the focus goes back where it was.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Icon, type IconName } from './Icon';
import './controls.css';

export interface MenuItem {
  id: string;
  label: string;
  /** The shortcut, as shown. */
  keys?: string;
  icon?: IconName;
  disabled?: boolean;
  /** A line above this item. */
  separated?: boolean;
  danger?: boolean;
  run(): void;
}

interface Props {
  label: string;
  items: MenuItem[];
  /** Where it opens: a point (right-click) or under an element (a menu button). */
  at: { x: number; y: number } | DOMRect;
  onClose(): void;
  /** The button that opened it: a click there is that button's (it closes the menu itself). */
  owner?: HTMLElement | null;
}

export function Menu({ label, items, at, onClose, owner }: Props) {
  const box = useRef<HTMLUListElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const [x, y] = 'width' in at ? [at.right - width, at.bottom + 2] : [at.x, at.y];
    setPlace({
      left: Math.max(4, Math.min(x, window.innerWidth - width - 4)),
      top: Math.max(4, Math.min(y, window.innerHeight - height - 4)),
    });
    const before = document.activeElement as HTMLElement | null;
    el.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
    const outside = (event: MouseEvent): void => {
      if (!el.contains(event.target as Node) && !owner?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', outside, true);
    window.addEventListener('blur', onClose);
    window.addEventListener('resize', onClose);
    return () => {
      document.removeEventListener('mousedown', outside, true);
      window.removeEventListener('blur', onClose);
      window.removeEventListener('resize', onClose);
      if (before?.isConnected && !el.contains(before)) before.focus({ preventScroll: true });
    };
    // The menu is placed once, where it opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const move = (event: KeyboardEvent) => {
    const all = [...(box.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => all[(i + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(all.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else if (event.key.length === 1 && /\S/.test(event.key)) {
      const next = all.findIndex((item, i) => i > at && item.textContent?.trim().toLowerCase().startsWith(event.key.toLowerCase()));
      if (next >= 0) go(next);
      else return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    onClose();
    item.run();
  };

  return (
    <ul
      ref={box}
      role="menu"
      aria-label={label}
      className="menu"
      style={place ? { left: place.left, top: place.top } : { left: -9999, top: 0 }}
      onKeyDown={move}
      onContextMenu={(e) => e.preventDefault()}
    >
      {items.map((item) => (
        <li
          key={item.id}
          role="menuitem"
          tabIndex={-1}
          aria-disabled={item.disabled || undefined}
          className={[item.separated && 'separated', item.danger && 'danger'].filter(Boolean).join(' ') || undefined}
          onClick={() => choose(item)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              e.stopPropagation();
              choose(item);
            }
          }}
        >
          <span className="menu-icon">{item.icon && <Icon name={item.icon} />}</span>
          <span className="menu-label">{item.label}</span>
          {item.keys && <kbd className="menu-keys">{item.keys}</kbd>}
        </li>
      ))}
    </ul>
  );
}

/** A toolbar button that opens a menu under itself; its tooltip is the label unless a title says more. */
export function MenuButton({
  label,
  icon,
  items,
  className,
  iconOnly,
  title,
}: {
  label: string;
  icon?: IconName;
  items: MenuItem[];
  className?: string;
  iconOnly?: boolean;
  title?: string;
}) {
  const [open, setOpen] = useState<DOMRect | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-label={label}
        title={title ?? label}
        onClick={() => setOpen(open ? null : (button.current?.getBoundingClientRect() ?? null))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(button.current?.getBoundingClientRect() ?? null);
          }
        }}
      >
        {icon && <Icon name={icon} />}
        {!iconOnly && (
          <span className="tb-label" aria-hidden="true">
            {label}
          </span>
        )}
      </button>
      {open && <Menu label={label} items={items} at={open} owner={button.current} onClose={() => setOpen(null)} />}
    </>
  );
}
