/**
 * The research desk in the middle pane: the search's query (one query for Search and every
 * research view, so switching keeps it), and four tabs on it — the concordance, the trend over
 * time, who says it, and the words that keep company with it.
 */
import type { KeyboardEvent } from 'react';
import type { ResearchTab } from '../app/state';
import { useAppState, useDispatch } from '../app/store';
import { SidebarToggle } from '../library/SidebarToggle';
import { SearchBox } from '../search/SearchBox';
import { CollocatesPanel } from './CollocatesPanel';
import { ConcordancePanel } from './ConcordancePanel';
import { SpeakersPanel } from './SpeakersPanel';
import { TrendsPanel } from './TrendsPanel';
import './research.css';

const TABS: { tab: ResearchTab; label: string }[] = [
  { tab: 'kwic', label: 'Concordance' },
  { tab: 'trends', label: 'Trends' },
  { tab: 'speakers', label: 'Speakers' },
  { tab: 'collocates', label: 'Collocates' },
];

export function ResearchView() {
  const dispatch = useDispatch();
  const query = useAppState((s) => s.search.query);
  const tab = useAppState((s) => s.research.tab);
  const show = (next: ResearchTab) => dispatch({ type: 'research/show', tab: next });

  // Arrow keys move between the tabs (the ARIA tabs pattern); the focus follows the choice.
  const keys = (e: KeyboardEvent<HTMLButtonElement>) => {
    const at = TABS.findIndex((t) => t.tab === tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : step ? (at + step + TABS.length) % TABS.length : -1;
    if (to < 0) return;
    e.preventDefault();
    show(TABS[to].tab);
    requestAnimationFrame(() => document.getElementById(`research-tab-${TABS[to].tab}`)?.focus());
  };

  return (
    <section className="research-view" aria-label="Research">
      <div className="search-head">
        <SidebarToggle />
        <SearchBox
          value={query}
          onChange={(next) => dispatch({ type: 'search/query', query: next })}
          onOpenDocument={(id) => dispatch({ type: 'document/open', id })}
        />
      </div>
      <div className="research-tabs" role="tablist" aria-label="Research views">
        {TABS.map((t) => (
          <button
            key={t.tab}
            id={`research-tab-${t.tab}`}
            type="button"
            role="tab"
            aria-selected={tab === t.tab}
            aria-controls="research-panel"
            tabIndex={tab === t.tab ? 0 : -1}
            className="research-tab"
            onClick={() => show(t.tab)}
            onKeyDown={keys}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id="research-panel" className="research-panel" role="tabpanel" aria-labelledby={`research-tab-${tab}`}>
        {tab === 'kwic' && <ConcordancePanel />}
        {tab === 'trends' && <TrendsPanel />}
        {tab === 'speakers' && <SpeakersPanel />}
        {tab === 'collocates' && <CollocatesPanel />}
      </div>
    </section>
  );
}
