import type { ReactNode } from 'react';

/** What a research view says before there is a query to work on. */
export function NoQuery({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="empty research-empty">
      <h2>{title}</h2>
      <p>{children}</p>
      <p className="hint">
        Type in the box above: words, <code>"a phrase"</code>, <code>negotiat*</code>, and fields such as <code>speaker:putin</code> or{' '}
        <code>date:2014..2019</code>.
      </p>
    </div>
  );
}
