/** Line icons drawn in the text colour (16×16, stroked), for toolbars and menus. Decorative: the button carries the name. */

const PATHS = {
  speakers:
    'M6 7.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM1.5 14c0-2.5 2-4.5 4.5-4.5s4.5 2 4.5 4.5M11 3a2.3 2.3 0 0 1 0 4.5M12.5 9.8c1.3.6 2 2.3 2 4.2',
  notes: 'M3 2.5h10v8l-3 3H3zM10 13.5v-3h3M5.5 6h5M5.5 8.5h3',
  find: 'M7 12A5 5 0 1 0 7 2a5 5 0 0 0 0 10ZM10.6 10.6 14 14',
  compare: 'M2 2.5h5v11H2zM9 2.5h5v11H9zM3.5 5.5h2M3.5 8h2M10.5 5.5h2M10.5 8h2',
  smaller: 'M1.5 13 5 4l3.5 9M2.8 10h4.4M10.5 9.5h4',
  larger: 'M1.5 13 5 4l3.5 9M2.8 10h4.4M10.5 9.5h4M12.5 7.5v4',
  width: 'M1.5 8h13M4 5.5 1.5 8 4 10.5M12 5.5l2.5 2.5-2.5 2.5M1.5 2.5v11M14.5 2.5v11',
  export: 'M8 1.5v8.5M5 7l3 3 3-3M2.5 10.5v3h11v-3',
  more: 'M3.5 8h.01M8 8h.01M12.5 8h.01',
  edit: 'M10.5 2.5l3 3L6 13H3v-3zM9 4l3 3',
  delete: 'M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.5 6.5v5M9.5 6.5v5',
  print: 'M4 6V1.5h8V6M4 11.5H2.5v-5h11v5H12M4.5 9.5h7v5h-7z',
  sidebar: 'M2 2.5h12v11H2zM6 2.5v11M3.5 5h1M3.5 7h1',
  close: 'M3.5 3.5l9 9M12.5 3.5l-9 9',
  down: 'M4 6l4 4 4-4',
  up: 'M4 10l4-4 4 4',
  quote: 'M3 8.5C3 6 4 4.5 6.5 4M3 8.5h3v4H3zM9 8.5C9 6 10 4.5 12.5 4M9 8.5h3v4H9z',
  copy: 'M5.5 5.5h8v8h-8zM10.5 5.5v-3h-8v8h3',
  open: 'M9.5 2.5h4v4M13.5 2.5 7.5 8.5M11.5 9.5v4h-9v-9h4',
  collection: 'M2 4.5h5l1.5 1.5H14v7.5H2z',
  undo: 'M4.5 6.5H10a3.5 3.5 0 0 1 0 7H7M6.5 3.5l-3 3 3 3',
  outline: 'M2.5 3.5h1M6 3.5h7.5M2.5 8h1M6 8h7.5M2.5 12.5h1M6 12.5h7.5',
  settings:
    'M8 10.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon-svg" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
